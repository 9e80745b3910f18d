using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// The address map of a compiled method (<c>Config.GenerateAddressMap</c>, Wasmtime's
/// <c>Config::generate_address_map</c>): where the IL offsets .NET reports cannot tell which of a
/// method's calls or trapping helper calls a frame stands at (see <see cref="CodeSites.LookupFrom"/>),
/// the method keeps the module offset of the last such instruction it started in a local, and an
/// exception filter around its whole body hands that local to the backtrace as an exception passes
/// (<see cref="Backtrace.RecordSite"/>). The filter never catches. Accesses that share a trap block
/// store their offset too (see <see cref="EmitSharedTrapSiteStore"/>). Costs, only in a method that
/// needs it (see <see cref="BeginAddressMap"/>): one store of a constant per such instruction, and a
/// frame with a protected region, which its returns and tail calls leave first (measured in
/// docs/tiers.md).
/// </summary>
internal sealed partial class FunctionCompiler
{
    // The module offset of the last call or trapping helper started (0, which is no instruction's
    // offset, before the first); null when the method has no address map.
    private LocalBuilder? _siteLocal;

    // Where returns leave the protected region to, and the value they carry (null for void).
    private Label _returnLabel;
    private LocalBuilder? _returnValue;

    // Code emitted after the protected region, reached by leave: tail calls (see TailCallEmitter).
    private readonly List<(Label Pad, Action AtPad)> _outerPads = [];

    /// <summary>
    /// The name of the method being compiled (<c>F{index}</c>, or <c>F{index}_{region}</c>), as the
    /// backtrace finds it in a .NET stack trace.
    /// </summary>
    public string MethodName { get; init; }

    /// <summary>Whether the method's body is inside the address map's protected region.</summary>
    public bool InAddressMapRegion => _siteLocal is not null;

    /// <summary>
    /// Starts the address map's protected region at the method's first instruction when the
    /// engine generates address maps and the code from <paramref name="start"/> to
    /// <paramref name="end"/> (within the function's code) may leave a frame's offset unknown: it
    /// has two or more instructions that call, trap in a helper (see <see cref="RecordsSite"/>) or
    /// may call the epoch deadline callback (with one, a frame can only stand there, see
    /// <see cref="CodeSites.LookupFrom"/>), or more memory accesses than are sure to get a trap
    /// block of their own (see <see cref="MemoryAddressing.MinimumOwnTrapBlocks"/>; the others
    /// store their offset too, see <see cref="EmitSharedTrapSiteStore"/>).
    /// </summary>
    private void BeginAddressMap(int start, int end)
    {
        if (!_compilation.GenerateAddressMap || !MayNeedAddressMap(start, end))
        {
            return;
        }

        _siteLocal = IL.DeclareLocal(typeof(int));
        _returnLabel = IL.DefineLabel();
        Type returns = Region is null ? ClrTypes.Return(Type.Results) : typeof(int);
        _returnValue = returns == typeof(void) ? null : IL.DeclareLocal(returns);
        IL.BeginExceptionBlock();
    }

    // Whether the code from `start` up to `end` has two instructions that record their site (see
    // RecordsSite and EmitSiteStore), or more accesses than MinimumOwnTrapBlocks.
    private bool MayNeedAddressMap(int start, int end)
    {
        var reader = new WasmReader(Module.Bytes.Span.Slice(_body.CodeOffset, _body.CodeLength), _body.CodeOffset) { Position = start };

        // A whole function's entry check, where it may call the epoch deadline callback.
        int sites = Region is null && !IsLoopEntry && _compilation.EpochContinuation ? 1 : 0;
        int accesses = 0;
        while (!reader.AtEnd && reader.Position < end)
        {
            byte op = reader.ReadByte();
            if (IsCallingEpochCheck(op))
            {
                sites++;
            }
            else if (FunctionScanner.MayTrapOrCall(op, reader))
            {
                if (RecordsSite(op, reader))
                {
                    sites++;
                }
                else
                {
                    accesses++;
                }
            }

            if (sites >= 2 || accesses > MemoryAddressing.MinimumOwnTrapBlocks)
            {
                return true;
            }

            OperandReader.Skip(ref reader, op);
        }

        return false;
    }

    /// <summary>
    /// Whether instruction <paramref name="op"/> is a loop whose header's epoch check may call the
    /// store's deadline callback (<c>Config.EpochDeadlineContinuation</c>): a site of its own kind
    /// (<see cref="CodeSites.EpochCheck"/>) that stores its offset in the site local.
    /// </summary>
    private bool IsCallingEpochCheck(byte op) => op == 0x03 && _compilation.EpochContinuation;

    /// <summary>
    /// Whether instruction <paramref name="op"/> (immediates at <paramref name="reader"/>), which may
    /// trap or call, stores its module offset in the site local: every one but an access to a
    /// memory that is not shared, whose bounds check throws its trap located itself
    /// (<see cref="Trap.ThrownAt"/>). A shared memory's failed check asks a helper first, which
    /// throws unlocated.
    /// </summary>
    private bool RecordsSite(byte op, WasmReader reader)
    {
        int memory;
        if (op is >= 0x28 and <= 0x3E)
        {
            uint flags = reader.ReadVarUInt32();
            memory = (flags & 0x40) != 0 ? (int)reader.ReadVarUInt32() : 0;
        }
        else if (op == 0xFD && VectorOperands.Read(ref reader) is { AccessSize: > 0 } vector)
        {
            memory = vector.Memory;
        }
        else
        {
            return true;
        }

        return Module.Memories[memory].Shared;
    }

    /// <summary>
    /// Stores the current instruction's module offset in the site local, where
    /// <see cref="RecordsSite"/> says so: before an instruction that may trap or call, and before a
    /// loop's epoch check when the check may call the store's callback.
    /// </summary>
    private void EmitSiteStore(byte op, WasmReader reader)
    {
        if (_siteLocal is null)
        {
            return;
        }

        if (IsCallingEpochCheck(op) || (FunctionScanner.MayTrapOrCall(op, reader) && RecordsSite(op, reader)))
        {
            EmitSiteStore(InstructionOffset);
        }
    }

    /// <summary>Stores <paramref name="offset"/> in the site local, if the method has one.</summary>
    private void EmitSiteStore(int offset)
    {
        if (_siteLocal is not null)
        {
            EmitInt(offset);
            IL.Emit(OpCodes.Stloc, _siteLocal);
        }
    }

    /// <summary>
    /// Stores the current instruction's offset in the site local, if the method has one, before a
    /// memory access branches to a trap block that other accesses share (see
    /// <see cref="MemoryAddressing"/>): the block throws its trap unlocated, and the backtrace takes
    /// the recorded offset instead.
    /// </summary>
    public void EmitSharedTrapSiteStore() => EmitSiteStore(InstructionOffset);

    /// <summary>
    /// Emits the method's return of the value on top of the IL stack (none for a void method):
    /// <c>ret</c>, or inside the address map's region a <c>leave</c> to the return after it.
    /// </summary>
    public void EmitMethodReturn()
    {
        if (_siteLocal is null)
        {
            IL.Emit(OpCodes.Ret);
            return;
        }

        if (_returnValue is not null)
        {
            IL.Emit(OpCodes.Stloc, _returnValue);
        }

        IL.Emit(OpCodes.Leave, _returnLabel);
    }

    /// <summary>
    /// Emits a <c>leave</c> out of the address map's region to a pad after it, where
    /// <paramref name="atPad"/> runs with the IL stack empty (a tail call cannot be made inside a
    /// protected region).
    /// </summary>
    public void EmitLeaveToOuterPad(Action atPad)
    {
        Label pad = IL.DefineLabel();
        _outerPads.Add((pad, atPad));
        IL.Emit(OpCodes.Leave, pad);
    }

    /// <summary>
    /// Ends the address map's region, if the method has one: the filter records the site local
    /// and declines the exception, so the handler after it never runs; then the pads and the return.
    /// The method's sites then say that it records them (<see cref="CodeSites.RecordsSites"/>).
    /// </summary>
    private void EndAddressMap()
    {
        if (_siteLocal is not LocalBuilder site)
        {
            return;
        }

        IL.BeginExceptFilterBlock();
        IL.Emit(OpCodes.Ldloc, site);
        IL.Emit(OpCodes.Ldstr, MethodName);
        IL.Emit(OpCodes.Call, RuntimeMembers.RecordSite);
        IL.BeginCatchBlock(null!);
        IL.Emit(OpCodes.Pop);
        IL.Emit(OpCodes.Rethrow);
        IL.EndExceptionBlock();

        // Outside the region from here on: what the pads emit returns directly.
        Sites.RecordsSites = true;
        _siteLocal = null;
        foreach ((Label pad, Action atPad) in _outerPads)
        {
            IL.MarkLabel(pad);
            atPad();
        }

        IL.MarkLabel(_returnLabel);
        if (_returnValue is not null)
        {
            IL.Emit(OpCodes.Ldloc, _returnValue);
        }

        IL.Emit(OpCodes.Ret);
    }
}
