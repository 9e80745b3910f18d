using System.Text;
using WasmSharp.Vm;

namespace WasmSharp;

/// <summary>
/// A core dump of a store whose code trapped; mirrors <c>wasmtime::WasmCoreDump</c>. With
/// <see cref="Config.CoredumpOnTrap"/>, a <see cref="Trap"/> that leaves WebAssembly for the host
/// carries one (<see cref="Trap.CoreDump"/>): the trap's frames and every instance, memory and
/// global of the store. <see cref="Serialize"/> writes it in the standard core dump format
/// (WebAssembly tool-conventions, Coredump.md) for post-mortem tools such as <c>wasmgdb</c>.
/// Locals and operand stack values are not recovered (Wasmtime's are not either): each frame has
/// its function and its offset in the function's body.
/// </summary>
public sealed class WasmCoreDump
{
    private readonly Trap _trap;
    private readonly StoreContext _store;

    // Every linear memory and global of the store, in the order the dump writes them: each
    // instance's (definitions and imports) in creation order, then those only the host holds.
    private readonly LinearMemory[] _memories;
    private readonly CoreDumpWriter.DumpedGlobal[] _globals;
    private readonly CoreDumpWriter.DumpedInstance[] _instances;

    private WasmCoreDump(Trap trap, StoreContext store, Instance[] instances, Memory[] hostMemories, Global[] hostGlobals)
    {
        _trap = trap;
        _store = store;
        Instances = instances;
        var modules = new List<Module>();
        var memories = new List<LinearMemory>();
        var globals = new List<CoreDumpWriter.DumpedGlobal>();
        var dumped = new List<CoreDumpWriter.DumpedInstance>();
        foreach (Instance instance in instances)
        {
            if (!modules.Contains(instance.Module))
            {
                modules.Add(instance.Module);
            }

            InstanceContext cx = instance.Context;
            int[] memoryIndices = cx.Memories.Select(m => IndexOf(memories, m)).ToArray();
            int[] globalIndices = cx.Globals.Select(g => IndexOf(globals, g, instance.Module.Info)).ToArray();
            dumped.Add(new CoreDumpWriter.DumpedInstance(modules.IndexOf(instance.Module), memoryIndices, globalIndices));
        }

        foreach (Memory memory in hostMemories)
        {
            IndexOf(memories, memory.Storage);
        }

        foreach (Global global in hostGlobals)
        {
            IndexOf(globals, global.Cell, null);
        }

        Modules = modules;
        _memories = [.. memories];
        _globals = [.. globals];
        _instances = [.. dumped];
        Memories = _memories.Where(m => !m.Type.Shared).Select(m => new Memory(m)).ToArray();
        SharedMemories = _memories.Where(m => m.Type.Shared).Select(m => new SharedMemory(m)).ToArray();
        Globals = _globals.Select(g => new Global(g.Cell, store)).ToArray();
    }

    // The index of `memory` in `memories`, added if new (an import is the exporter's memory).
    private static int IndexOf(List<LinearMemory> memories, LinearMemory memory)
    {
        int index = memories.IndexOf(memory);
        if (index < 0)
        {
            memories.Add(memory);
            index = memories.Count - 1;
        }

        return index;
    }

    // The index of `cell` in `globals`, added if new with the module whose types it may index.
    private static int IndexOf(List<CoreDumpWriter.DumpedGlobal> globals, GlobalCell cell, Binary.ModuleInfo? module)
    {
        int index = globals.FindIndex(g => ReferenceEquals(g.Cell, cell));
        if (index < 0)
        {
            globals.Add(new CoreDumpWriter.DumpedGlobal(cell, module));
            index = globals.Count - 1;
        }

        return index;
    }

    /// <summary>
    /// The dump of the store <paramref name="store"/> as <paramref name="trap"/> leaves it, when its
    /// engine captures core dumps (the store then lists its instances); null otherwise.
    /// </summary>
    internal static WasmCoreDump? Capture(Trap trap, StoreContext store)
    {
        if (store.Inventory is not StoreInventory inventory)
        {
            return null;
        }

        (Instance[] instances, Memory[] memories, Global[] globals) = inventory.Snapshot();
        return new WasmCoreDump(trap, store, instances, memories, globals);
    }

    /// <summary>The trap's frames, innermost first (<c>WasmCoreDump::frames</c>).</summary>
    public IReadOnlyList<FrameInfo> Frames => _trap.Backtrace.Frames;

    /// <summary>The modules of the store's instances, in the order they were first instantiated (<c>WasmCoreDump::modules</c>).</summary>
    public IReadOnlyList<Module> Modules { get; }

    /// <summary>Every instance of the store, in creation order (<c>WasmCoreDump::instances</c>).</summary>
    public IReadOnlyList<Instance> Instances { get; }

    /// <summary>Every memory of the store that is not shared, instance- or host-defined (<c>WasmCoreDump::memories</c>).</summary>
    public IReadOnlyList<Memory> Memories { get; }

    /// <summary>The shared memories the store's instances define or import.</summary>
    public IReadOnlyList<SharedMemory> SharedMemories { get; }

    /// <summary>Every global of the store, instance- or host-defined (<c>WasmCoreDump::globals</c>).</summary>
    public IReadOnlyList<Global> Globals { get; }

    /// <summary>
    /// The dump in the standard core dump format (<c>WasmCoreDump::serialize</c>), with the
    /// contents of the memories and the values of the globals as they are now in
    /// <paramref name="store"/>. <paramref name="name"/> names the program that ran (a path, a URL
    /// or any name).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="store"/> is not the store the dump was taken of.</exception>
    public byte[] Serialize(Store store, string name)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(name);
        if (!ReferenceEquals(store.Context, _store))
        {
            throw new ArgumentException("the core dump was taken of another store", nameof(store));
        }

        var frames = new List<CoreDumpWriter.DumpedFrame>();
        foreach (FrameInfo frame in Frames)
        {
            // As Wasmtime: a frame knows its module, not its instance, so it is taken to be the
            // last instance of that module.
            int instance = Instances.Count - 1;
            while (instance >= 0 && Instances[instance].Module.Info != frame.Module)
            {
                instance--;
            }

            if (instance >= 0)
            {
                frames.Add(new CoreDumpWriter.DumpedFrame(instance, frame.FuncIndex, frame.FuncOffset ?? 0));
            }
        }

        string[] modules = Modules.Select((m, i) => m.Name ?? $"<anonymous-module-{i}>").ToArray();
        return CoreDumpWriter.Write(name, modules, _instances, _memories,
            _globals, frames);
    }

    /// <summary>What the dump holds, as Wasmtime displays it (<c>impl Display for WasmCoreDump</c>).</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine("wasm coredump generated while executing store:");
        text.AppendLine("modules:");
        foreach (Module module in Modules)
        {
            text.Append("  ").AppendLine(module.Name ?? "<module>");
        }

        text.AppendLine("instances:");
        for (int i = 0; i < Instances.Count; i++)
        {
            text.Append("  Instance(index=").Append(i).AppendLine(")");
        }

        text.AppendLine("memories:");
        for (int i = 0; i < _memories.Length; i++)
        {
            text.Append("  Memory(index=").Append(i).AppendLine(")");
        }

        text.AppendLine("globals:");
        for (int i = 0; i < _globals.Length; i++)
        {
            text.Append("  Global(index=").Append(i).AppendLine(")");
        }

        text.AppendLine("backtrace:");
        text.Append(_trap.Backtrace);
        return text.ToString();
    }
}
