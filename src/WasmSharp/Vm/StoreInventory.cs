namespace WasmSharp.Vm;

/// <summary>
/// The instances, and the memories and globals the host defined, of a store whose engine captures
/// core dumps (<see cref="Config.CoredumpOnTrap"/>): a <see cref="WasmCoreDump"/> holds all of them,
/// as Wasmtime's holds all of its store's. Other stores keep no list, so their instances stay
/// collectable when the host drops them.
/// </summary>
internal sealed class StoreInventory
{
    private readonly List<Instance> _instances = [];
    private readonly List<Memory> _memories = [];
    private readonly List<Global> _globals = [];

    /// <summary>Records an instance, in creation order, before its start function runs.</summary>
    public void Add(Instance instance)
    {
        lock (_instances)
        {
            _instances.Add(instance);
        }
    }

    /// <summary>Records a memory the host created in the store.</summary>
    public void Add(Memory memory)
    {
        lock (_instances)
        {
            _memories.Add(memory);
        }
    }

    /// <summary>Records a global the host created in the store.</summary>
    public void Add(Global global)
    {
        lock (_instances)
        {
            _globals.Add(global);
        }
    }

    /// <summary>The instances, host memories and host globals recorded so far.</summary>
    public (Instance[] Instances, Memory[] Memories, Global[] Globals) Snapshot()
    {
        lock (_instances)
        {
            return ([.. _instances], [.. _memories], [.. _globals]);
        }
    }
}
