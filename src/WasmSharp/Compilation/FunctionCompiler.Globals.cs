using System.Reflection.Emit;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Global cells held in locals. <c>global.get</c> and <c>global.set</c> reach a global through
/// <c>cx.Globals[i]</c>: two dependent loads and a bounds check before the value's own load. An
/// instance's cells never change once it is instantiated (an imported global's cell is the
/// exporter's object, and <see cref="InstanceContext.Globals"/> is filled before any of its code
/// runs), so a method that uses a global in its loops loads its cell once, on entry, and the JIT
/// keeps it in a register or a stack slot. TinyGo tests its unwinding-state global after every
/// call: in tinygo-regex's matcher loop each of those tests was five instructions. The stack
/// pointer of C, Rust and Go code, read and written at a function's entry and exit only, keeps
/// the lookup (see <see cref="CacheableGlobals"/>).
/// </summary>
internal sealed partial class FunctionCompiler
{
    // Fewer uses gain nothing over the lookup, and every cached cell is one more local live
    // through the method for the register allocator.
    private const int MinimumUsesToCache = 2;
    private const int MaximumCachedGlobals = 8;

    private Dictionary<int, LocalBuilder>? _globalCells;
    private HashSet<int>? _cacheableGlobals;

    /// <summary>
    /// The local holding the cell of global <paramref name="index"/>, or null when the method looks
    /// it up at each use. A whole function's cells are loaded on entry
    /// (<see cref="EmitGlobalCellLoads"/>); a region declares them as it meets them, and loads them
    /// in the entry block it emits after its body.
    /// </summary>
    public LocalBuilder? CachedGlobalCell(int index)
    {
        if (_globalCells is not null && _globalCells.TryGetValue(index, out LocalBuilder? cell))
        {
            return cell;
        }

        if (Region is null || !CacheableGlobals().Contains(index))
        {
            return null;
        }

        cell = IL.DeclareLocal(typeof(GlobalCell));
        (_globalCells ??= new()).Add(index, cell);
        return cell;
    }

    /// <summary>
    /// In a whole function: declares and loads, on entry, the cells of the globals it uses in loops
    /// (<see cref="CacheableGlobals"/>). In a region: loads the cells its body declared.
    /// </summary>
    private void EmitGlobalCellLoads()
    {
        if (Region is null)
        {
            foreach (int index in CacheableGlobals())
            {
                (_globalCells ??= new()).Add(index, IL.DeclareLocal(typeof(GlobalCell)));
            }
        }

        if (_globalCells is null)
        {
            return;
        }

        foreach ((int index, LocalBuilder cell) in _globalCells)
        {
            VariableEmitter.EmitCellLookup(this, index);
            IL.Emit(OpCodes.Stloc, cell);
        }
    }

    // The globals the function uses at least MinimumUsesToCache times, once or more inside a loop,
    // the most used in loops first, at most MaximumCachedGlobals. A region goes by its function's
    // counts. Uses outside loops only (the stack pointer's get and set at entry and exit) gain
    // less than the cell's local costs when it stays live through the function's loops: kept for
    // the stack pointer, it slowed shootout-ratelimit's hash loop by 1-3 %.
    // Picked by hand rather than with LINQ over the dictionary's KeyValuePair<int, int> (a struct),
    // whose code no ReadyToRun image holds: the first compilation of a process JIT-compiled twenty
    // of LINQ's methods for it.
    private HashSet<int> CacheableGlobals()
    {
        if (_cacheableGlobals is not null)
        {
            return _cacheableGlobals;
        }

        var chosen = new HashSet<int>();
        while (chosen.Count < MaximumCachedGlobals)
        {
            int best = -1;
            int bestInLoops = 0;
            foreach (int global in Facts.GlobalAccessesInLoops.Keys)
            {
                int inLoops = Facts.GlobalAccessesInLoops[global];
                if (!chosen.Contains(global) && Facts.GlobalAccesses[global] >= MinimumUsesToCache
                    && (best < 0 || inLoops > bestInLoops || (inLoops == bestInLoops && global < best)))
                {
                    best = global;
                    bestInLoops = inLoops;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(best);
        }

        return _cacheableGlobals = chosen;
    }
}
