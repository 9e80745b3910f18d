using System.Reflection;
using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Types;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Bounds checks and native addresses of one function's memory accesses (DESIGN.md decision 2):
/// each memory's base, length and precomputed limits cached in IL locals and reloaded after
/// anything that may grow it; out-of-bounds trap blocks placed after the body, one per access
/// (while the method stays small enough, see <see cref="_ownTrapBudget"/>) and then one per IL stack shape, so every check ends one
/// basic block rather than three and large functions stay under the JIT's limits for full
/// optimization (2,000 blocks, 20,000 IL instructions) longer; and checks
/// left out where the same local already passed one at least as wide.
/// </summary>
internal sealed class MemoryAddressing
{
    private static readonly MethodInfo s_recheckShared = RuntimeMembers.Method(typeof(Builtins64), nameof(Builtins64.RecheckSharedAccess));

    private readonly FunctionCompiler _c;
    private readonly Dictionary<int, MemoryLocals> _memoryLocals = new();
    private readonly Dictionary<string, (Label Label, int User)> _sharedTraps = new();

    // The out-of-line blocks that find which load of a group fails (see TryEmitGroupCheck).
    private readonly List<(Label Label, int Memory, List<(int Local, ulong Extent, int Offset)> Accesses)> _groupTraps = new();

    // Compares in those blocks so far; see MaxGroupTrapRungs.
    private int _groupTrapRungs;

    /// <summary>
    /// The most compares the group trap blocks of one method may hold, each a basic block: enough
    /// for a dozen unrolled hash rounds, small against the JIT's 2,000 blocks for full optimization.
    /// </summary>
    private const int MaxGroupTrapRungs = 256;

    // Accesses given a trap block of their own so far; see OwnTrapBlocks.
    private int _ownTraps;

    /// <summary>
    /// How many of one method's accesses get a trap block of their own, whose trap carries the
    /// access's module offset (a block several accesses share cannot tell which one failed, and its
    /// backtrace frame has no offset): as many as keep the method's estimated basic blocks
    /// (<see cref="FunctionScanner.EstimateBlocks"/>) under <see cref="OwnTrapBlockTarget"/>, and
    /// at least <see cref="MinimumOwnTrapBlocks"/>. Beyond that the accesses share a block per IL
    /// stack shape, so that large functions stay under the JIT's 2,000 blocks for full optimization
    /// (measured on nextpnr-ice40, 1.8 MB of code: a trap block for every access left two region
    /// methods to MinOpts, at most 256 per method none).
    /// </summary>
    private int _ownTrapBudget = MinimumOwnTrapBlocks;

    /// <summary>The accesses of a method that always get a trap block of their own (see <see cref="_ownTrapBudget"/>).</summary>
    public const int MinimumOwnTrapBlocks = 64;

    private const int OwnTrapBlockTarget = 1400;

    // Per (memory, local): the largest extent checked for the local's current value since the last
    // control instruction. Memories never shrink, so a passed check stays true until the local changes.
    private readonly Dictionary<(int Memory, int Local), ulong> _checkedExtents = new();

    /// <summary>Creates the addressing state of the function <paramref name="compiler"/> compiles.</summary>
    public MemoryAddressing(FunctionCompiler compiler)
    {
        _c = compiler;
    }

    /// <summary>Forgets every passed check: called at control instructions, where paths that skipped a check may meet.</summary>
    public void ForgetChecks() => _checkedExtents.Clear();

    /// <summary>Forgets the checks passed by local <paramref name="local"/>, which is being written.</summary>
    public void ForgetChecks(int local)
    {
        foreach ((int Memory, int Local) key in _checkedExtents.Keys)
        {
            if (key.Local == local)
            {
                _checkedExtents.Remove(key);
            }
        }
    }

    /// <summary>Reloads every cached memory base, length and limit.</summary>
    public void EmitReload()
    {
        foreach ((int memory, MemoryLocals locals) in _memoryLocals)
        {
            EmitLoad(memory, locals);
        }
    }

    /// <summary>Emits the shared trap blocks; called after the function's last instruction.</summary>
    public void EmitSharedTraps()
    {
        foreach ((Label label, int memory, List<(int Local, ulong Extent, int Offset)> accesses) in _groupTraps)
        {
            EmitGroupTrap(label, _memoryLocals[memory], accesses);
        }

        foreach ((Label trap, int user) in _sharedTraps.Values)
        {
            _c.IL.MarkLabel(trap);

            // A block one access uses locates its trap; shared by several, it cannot tell which.
            _c.Sites.Add(_c.IL.ILOffset, user);
            if (user == CodeSites.Unknown)
            {
                _c.EmitTrap(RuntimeMembers.MemoryOutOfBounds, user);
            }
            else
            {
                // One call that throws: the factory-then-locate form of EmitTrap, in a block per
                // access, cost up to 35 % more JIT time (bz2), this one none measurable.
                _c.EmitInt(user);
                _c.IL.Emit(OpCodes.Call, RuntimeMembers.ThrowMemoryOutOfBoundsAt);
                _c.IL.Emit(OpCodes.Ldnull);
                _c.IL.Emit(OpCodes.Throw);
            }
        }
    }

    private Label SharedTrap(string key)
    {
        int user = _c.InstructionOffset;
        if (_ownTraps < _ownTrapBudget && user != CodeSites.Unknown)
        {
            // Its own block while the budget lasts, so its trap has its instruction's offset.
            _ownTraps++;
            key = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{key}@{user}");
        }
        else
        {
            _c.EmitSharedTrapSiteStore();
        }

        if (_sharedTraps.TryGetValue(key, out (Label Label, int User) trap))
        {
            if (trap.User != user)
            {
                _sharedTraps[key] = (trap.Label, CodeSites.Unknown);
            }

            return trap.Label;
        }

        Label label = _c.IL.DefineLabel();
        _sharedTraps[key] = (label, user);
        return label;
    }

    /// <summary>
    /// Emits an address check and computes the native address of a memory access: the i32 (or, for
    /// a 64-bit memory, i64) address is on the stack; afterwards the native pointer is. One compare
    /// against the precomputed limit (DESIGN.md decision 2): <c>length - (offset + size)</c>, compared
    /// signed with the zero-extended address, for 32-bit memories; <c>length - (offset + size) + 1</c>
    /// clamped at 0, compared unsigned with the i64 address, for 64-bit memories, whose addresses use
    /// all 64 bits. Either way <c>address + offset</c> is never computed modulo 2^64 before the check,
    /// so an effective address past 2^64 traps as memory64 requires. When the address comes straight
    /// from a local that already passed a check at least as wide, the check is left out; when
    /// <paramref name="trapKey"/> names the IL stack shape below the address, a failed check
    /// branches to the trap block shared by accesses with that shape.
    /// </summary>
    public void EmitEffectiveAddress(int memory, ulong offset, ulong size, string? trapKey) =>
        EmitEffectiveAddress(memory, offset, size, trapKey, default, groupable: false);

    /// <summary>
    /// <see cref="EmitEffectiveAddress(int, ulong, ulong, string?)"/> for a load that
    /// <paramref name="following"/> follows: when <paramref name="groupable"/>, the loads after it
    /// that <see cref="AccessGroupScanner"/> finds may be checked here, at once.
    /// </summary>
    public void EmitEffectiveAddress(int memory, ulong offset, ulong size, string? trapKey, WasmReader following, bool groupable)
    {
        MemoryLocals locals = _memoryLocals[memory];
        ulong extent = FunctionScanner.Extent(offset, size);
        MemoryType type = _c.Module.Memories[memory];
        if (!type.Is64
            && ((_c.TryGetTopOperand(OperandOrigin.I32Constant, out int constant)
                    && (uint)constant + extent <= type.Limits.Minimum << type.PageSizeLog2)
                || _c.AccessIsInBounds))
        {
            // Every address this access can see, plus its offset and size, lies within the memory
            // type's minimum size, so it is always in bounds: a memory is never smaller than its
            // type's minimum (an imported one is at least the import's), and never shrinks. A
            // constant address (C globals, tables of function pointers) is seen here; any other
            // is left to AddressRangeAnalysis, which covers functions it analyses.
            _c.IL.Emit(OpCodes.Conv_U8);
            EmitAddressAfterCheck(locals, offset);
            return;
        }

        bool fromLocal = _c.TryGetTopOperand(OperandOrigin.Local, out int local);
        if (fromLocal && _checkedExtents.TryGetValue((memory, local), out ulong checkedExtent) && checkedExtent >= extent)
        {
            // The same local passed a check at least this wide on every path here (struct fields
            // read through one pointer): no compare, and no basic block for the JIT to count.
            if (!_c.Module.Memories[memory].Is64)
            {
                _c.IL.Emit(OpCodes.Conv_U8);
            }

            EmitAddressAfterCheck(locals, offset);
            return;
        }

        bool shared = _c.Module.Memories[memory].Shared;
        if (fromLocal && groupable && trapKey is not null && !shared && !_c.Module.Memories[memory].Is64
            && TryEmitGroupCheck(memory, locals, local, extent, following))
        {
            _c.IL.Emit(OpCodes.Conv_U8);
            EmitAddressAfterCheck(locals, offset);
            return;
        }

        if (fromLocal)
        {
            _checkedExtents[(memory, local)] = extent;
        }

        Label? trap = trapKey is not null && !shared ? SharedTrap(trapKey) : null;
        Label ok = _c.IL.DefineLabel();
        if (!locals.Limits.TryGetValue(extent, out LocalBuilder? limit))
        {
            // An extent without a precomputed limit (see MaxLimitLocals): compare address + extent
            // with the length. Both fit in 34 bits for a 32-bit memory, so the sum cannot wrap.
            _c.IL.Emit(OpCodes.Conv_U8);
            _c.IL.Emit(OpCodes.Dup);
            _c.IL.Emit(OpCodes.Ldc_I8, (long)extent);
            _c.IL.Emit(OpCodes.Add);
            _c.IL.Emit(OpCodes.Ldloc, locals.Length);
            _c.IL.Emit(trap is null ? OpCodes.Ble_Un : OpCodes.Bgt_Un, trap ?? ok);
        }
        else if (_c.Module.Memories[memory].Is64)
        {
            _c.IL.Emit(OpCodes.Dup);
            _c.IL.Emit(OpCodes.Ldloc, limit);
            _c.IL.Emit(trap is null ? OpCodes.Blt_Un : OpCodes.Bge_Un, trap ?? ok);
        }
        else
        {
            _c.IL.Emit(OpCodes.Conv_U8);
            _c.IL.Emit(OpCodes.Dup);
            _c.IL.Emit(OpCodes.Ldloc, limit);
            _c.IL.Emit(trap is null ? OpCodes.Ble : OpCodes.Bgt, trap ?? ok);
        }

        if (trap is not null)
        {
            EmitAddressAfterCheck(locals, offset);
            return;
        }

        if (shared)
        {
            // Another thread may have grown a shared memory since its length was cached: the slow
            // path rechecks against the current length and traps only if that fails too. The base
            // of a shared memory never moves, so the cached one stays valid.
            _c.IL.Emit(OpCodes.Dup);
            _c.IL.Emit(OpCodes.Ldc_I8, (long)extent);
            _c.EmitInt(memory);
            _c.EmitContext();
            _c.IL.Emit(OpCodes.Call, s_recheckShared);
        }
        else
        {
            _c.EmitTrap(RuntimeMembers.MemoryOutOfBounds);
        }

        _c.IL.MarkLabel(ok);
        EmitAddressAfterCheck(locals, offset);
    }

    /// <summary>
    /// Checks, at a load through <paramref name="local"/> of a 32-bit unshared memory, every load
    /// of its group (<see cref="AccessGroupScanner"/>) at once: per base local, one compare of
    /// <c>address + widest extent</c> with the length, and then none at the loads. Nothing between
    /// the loads can trap, call, branch or be observed, the bases keep their values and the memory
    /// its length, so a failed compare means one of the loads will fail, with no effect before it:
    /// the failed compare branches to a block that checks the loads one by one in program order
    /// and traps at the first that fails, with its offset, as the loads themselves would have.
    /// </summary>
    private bool TryEmitGroupCheck(int memory, MemoryLocals locals, int local, ulong extent, WasmReader following)
    {
        if (_groupTrapRungs >= MaxGroupTrapRungs)
        {
            return false;
        }

        var accesses = new List<(int Local, ulong Extent, int Offset)> { (local, extent, _c.InstructionOffset) };
        accesses.AddRange(AccessGroupScanner.Scan(following, memory));
        var widest = new List<(int Local, ulong Extent)>();
        foreach ((int access, ulong accessExtent, _) in accesses)
        {
            int known = widest.FindIndex(w => w.Local == access);
            if (known < 0)
            {
                widest.Add((access, accessExtent));
            }
            else if (widest[known].Extent < accessExtent)
            {
                widest[known] = (access, accessExtent);
            }
        }

        // Bases an earlier check already covers to their widest extent need no compare here.
        widest.RemoveAll(w => _checkedExtents.TryGetValue((memory, w.Local), out ulong passed) && passed >= w.Extent);
        if (widest.Count == 0 || (widest.Count == 1 && widest[0] == (local, extent)))
        {
            // Nothing wider than this load's own check: the plain one does.
            return false;
        }

        Label trap = _c.IL.DefineLabel();
        foreach ((int groupLocal, ulong groupExtent) in widest)
        {
            EmitExceedsLength(locals, groupLocal, groupExtent);
            _c.IL.Emit(OpCodes.Bgt_Un, trap);
            _checkedExtents[(memory, groupLocal)] = groupExtent;
        }

        _groupTraps.Add((trap, memory, accesses));
        _groupTrapRungs += accesses.Count;
        return true;
    }

    // Pushes address + extent and the memory's length, for a compare: the address is local's,
    // zero-extended; both fit in 34 bits, so the sum cannot wrap.
    private void EmitExceedsLength(MemoryLocals locals, int local, ulong extent)
    {
        _c.EmitLocalGet(local);
        _c.IL.Emit(OpCodes.Conv_U8);
        _c.IL.Emit(OpCodes.Ldc_I8, (long)extent);
        _c.IL.Emit(OpCodes.Add);
        _c.IL.Emit(OpCodes.Ldloc, locals.Length);
    }

    // The block a failed group check branches to: the loads' own checks in program order, each
    // trapping with its load's offset. The last trap is never reached (a load of the group fails).
    private void EmitGroupTrap(Label label, MemoryLocals locals, List<(int Local, ulong Extent, int Offset)> accesses)
    {
        _c.IL.MarkLabel(label);
        var passed = new Dictionary<int, ulong>();
        foreach ((int local, ulong extent, int offset) in accesses)
        {
            if (passed.TryGetValue(local, out ulong wider) && wider >= extent)
            {
                continue;
            }

            passed[local] = extent;
            Label next = _c.IL.DefineLabel();
            EmitExceedsLength(locals, local, extent);
            _c.IL.Emit(OpCodes.Ble_Un, next);
            _c.Sites.Add(_c.IL.ILOffset, offset);
            _c.EmitTrap(RuntimeMembers.MemoryOutOfBounds, offset);
            _c.IL.MarkLabel(next);
        }

        _c.Sites.Add(_c.IL.ILOffset, accesses[^1].Offset);
        _c.EmitTrap(RuntimeMembers.MemoryOutOfBounds, accesses[^1].Offset);
    }

    // [address: u64] → base + address + offset, as a native pointer.
    private void EmitAddressAfterCheck(MemoryLocals locals, ulong offset)
    {
        if (offset != 0)
        {
            _c.IL.Emit(OpCodes.Ldc_I8, (long)offset);
            _c.IL.Emit(OpCodes.Add);
        }

        _c.IL.Emit(OpCodes.Conv_U);
        _c.IL.Emit(OpCodes.Ldloc, locals.Base);
        _c.IL.Emit(OpCodes.Add);
    }

    /// <summary>The most precomputed bounds-check limits per 32-bit memory; smaller extents (offsets) get them first.</summary>
    private const int MaxLimitLocals = 8;

    /// <summary>
    /// IL instructions the limit reloads of a function may take (its calls times its limits, at
    /// <see cref="ReloadInstructionsPerLimit"/> each) before each limit must pay for itself: past
    /// it, an extent gets a limit only when its accesses save more instructions
    /// (<see cref="CheckInstructionsSavedPerLimit"/> each) than the limit's reloads cost. Measured:
    /// the SQLite shell's bytecode loop (sqlite3VdbeExec, with 84 reloads in its method) was
    /// 19,193 IL instructions with 8 limits, 2,688 of them limit reloads, and tier-up's calls took
    /// it past RyuJIT's 20,000 for full optimization, so it ran with MinOpts.
    /// </summary>
    private const int ReloadInstructionBudget = 2000;

    /// <summary>A limit's reload: load the length, the extent, subtract, store.</summary>
    private const int ReloadInstructionsPerLimit = 4;

    /// <summary>A check without a limit loads the extent and adds it: two more instructions.</summary>
    private const int CheckInstructionsSavedPerLimit = 2;

    /// <summary>Declares the locals caching each memory the function accesses and loads them at entry.</summary>
    public void DeclareLocals(int estimatedBlocks)
    {
        _ownTrapBudget = Math.Max(MinimumOwnTrapBlocks, OwnTrapBlockTarget - estimatedBlocks);
        foreach ((int memory, Dictionary<ulong, int> extents) in _c.Facts.Extents)
        {
            var locals = new MemoryLocals(_c.IL.DeclareLocal(typeof(nint)), _c.IL.DeclareLocal(typeof(long)));
            // Every limit local is recomputed at entry and after each call that may grow memory,
            // so their number is capped: a large function with hundreds of distinct offsets and
            // thousands of calls would otherwise emit megabytes of reloads. 64-bit memories keep
            // one per extent, as their unsigned limit form has no cheap fallback.
            bool is64 = _c.Module.Memories[memory].Is64;
            int reloads = _c.Facts.CallSites + 1;
            bool heavy = _c.Compilation.ReloadMemoryAfterCalls
                && reloads * Math.Min(extents.Count, MaxLimitLocals) * ReloadInstructionsPerLimit > ReloadInstructionBudget;
            HashSet<ulong>? looped = _c.Facts.ExtentsInLoops.GetValueOrDefault(memory);
            ulong[] ordered = [.. extents.Keys];
            Array.Sort(ordered);
            foreach (ulong extent in ordered)
            {
                int uses = extents[extent];
                if (!is64 && locals.Limits.Count == MaxLimitLocals)
                {
                    break;
                }

                if (!is64 && looped?.Contains(extent) != true)
                {
                    // Checked once per execution of the code, an extent's limit saves the check
                    // no instruction (a subtraction on entry instead of an addition at the check)
                    // and holds a register, or a stack slot and a reload, through the function:
                    // BLAKE3's unrolled compression function kept 8 limits beside its 16 state
                    // words and ran 5-9 % slower than with none.
                    continue;
                }

                if (!is64 && heavy && uses * CheckInstructionsSavedPerLimit <= reloads * ReloadInstructionsPerLimit)
                {
                    // Its reloads would cost more IL than its checks save (see ReloadInstructionBudget).
                    continue;
                }

                locals.Limits[extent] = _c.IL.DeclareLocal(typeof(long));
            }

            _memoryLocals[memory] = locals;
            EmitLoad(memory, locals);
        }
    }

    private void EmitLoad(int memory, MemoryLocals locals)
    {
        _c.EmitContext();
        if (memory == 0)
        {
            _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.Memory0);
        }
        else
        {
            _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.Memories);
            _c.EmitInt(memory);
            _c.IL.Emit(OpCodes.Ldelem_Ref);
        }

        _c.IL.Emit(OpCodes.Dup);
        _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryBase);
        _c.IL.Emit(OpCodes.Stloc, locals.Base);
        _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.MemoryLength);
        _c.IL.Emit(OpCodes.Stloc, locals.Length);
        bool is64 = _c.Module.Memories[memory].Is64;
        foreach ((ulong extent, LocalBuilder limit) in locals.Limits)
        {
            if (!is64)
            {
                // Extents are at most 2^32 + 8 for 32-bit memories, so the difference cannot
                // overflow a long; a negative limit fails every access, as it must.
                _c.IL.Emit(OpCodes.Ldloc, locals.Length);
                _c.IL.Emit(OpCodes.Ldc_I8, (long)extent);
                _c.IL.Emit(OpCodes.Sub);
                _c.IL.Emit(OpCodes.Stloc, limit);
                continue;
            }

            // 64-bit addresses are compared unsigned (address < limit), so a memory shorter than
            // the extent needs limit 0, which fails every access, rather than a negative number.
            Label shorter = _c.IL.DefineLabel();
            Label done = _c.IL.DefineLabel();
            _c.IL.Emit(OpCodes.Ldloc, locals.Length);
            _c.IL.Emit(OpCodes.Ldc_I8, (long)extent);
            _c.IL.Emit(OpCodes.Blt_Un, shorter);
            _c.IL.Emit(OpCodes.Ldloc, locals.Length);
            _c.IL.Emit(OpCodes.Ldc_I8, (long)(extent - 1));
            _c.IL.Emit(OpCodes.Sub);
            _c.IL.Emit(OpCodes.Br, done);
            _c.IL.MarkLabel(shorter);
            _c.IL.Emit(OpCodes.Ldc_I8, 0L);
            _c.IL.MarkLabel(done);
            _c.IL.Emit(OpCodes.Stloc, limit);
        }
    }
}
