using System.Reflection.Emit;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// What locates a trap of compiled code: the trap blocks (<see cref="EmitTrap"/>), the epoch check,
/// the statements a backtrace's lookup needs (<see cref="CodeSites.LookupFrom"/>), and the
/// estimate that decides how many accesses get a trap block of their own (<see cref="MemoryAddressing"/>).
/// </summary>
internal sealed partial class FunctionCompiler
{
    // The local that the statement before the current one ended by setting (-1 for none), and the
    // one the current statement sets last with the IL stack empty after it: a statement that reads
    // the first may have absorbed the statement before it (see CodeSites.LookupFrom).
    private int _setByPreviousStatement = -1;
    private int _setByStatement = -1;

    // Records, at the start of a wasm instruction, a statement when the IL stack is empty there:
    // the JIT starts one at such a point (see CodeSites.LookupFrom).
    private void NoteInstructionStart()
    {
        if (_stack.Count == IlBase)
        {
            Sites.AddStatement(IL.ILOffset);
            _setByPreviousStatement = _setByStatement;
            _setByStatement = -1;
        }
    }

    // The basic blocks of the function's own method: its code between the regions compiled as
    // methods of their own, which never overlap (an estimate: straight-line regions are chosen
    // while compiling, and count here; each region estimates its own code when compiled).
    private int EstimateOwnBlocks()
    {
        int blocks = 0, from = 0;
        foreach (RegionPlan region in _regions)
        {
            if (region.End > 0)
            {
                blocks += FunctionScanner.EstimateBlocks(Module, _body, from, region.Start);
                from = region.End;
            }
        }

        return blocks + FunctionScanner.EstimateBlocks(Module, _body, from, _body.CodeLength);
    }

    // if (Volatile.Read(ref cx.Store.Epoch.Value) >= cx.Store.EpochDeadline) throw Interrupt: the
    // volatile read keeps the JIT from hoisting the load out of a loop, so another thread's
    // Engine.IncrementEpoch is seen. With Config.EpochDeadlineContinuation the store's epoch deadline
    // callback is asked first (&& !TrapHelpers.ContinuesAfterEpochDeadline(cx.Store)). That call may
    // return into the code (as Wasmtime's new-epoch libcall does), so unlike a plain trap block the
    // JIT must keep the loop's live values in callee-saved registers or spill them: measured
    // 0.35 -> 0.52 ns per iteration of a four-local arithmetic loop, 0.52 -> 0.78 ns of a
    // memory-summing loop, and mixbench 437 -> 627 ms. Moving the block out of line or caching
    // cx.Store in a local did not change it; hence the opt-in.
    private void EmitEpochCheck()
    {
        Label ok = IL.DefineLabel();
        EmitContext();
        IL.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
        IL.Emit(OpCodes.Ldfld, RuntimeMembers.StoreEpoch);
        IL.Emit(OpCodes.Volatile);
        IL.Emit(OpCodes.Ldfld, RuntimeMembers.EpochValue);
        EmitContext();
        IL.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
        IL.Emit(OpCodes.Ldfld, RuntimeMembers.EpochDeadline);
        IL.Emit(OpCodes.Blt, ok);
        if (_compilation.EpochContinuation)
        {
            EmitContext();
            IL.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
            IL.Emit(OpCodes.Call, RuntimeMembers.ContinuesAfterEpochDeadline);
            IL.Emit(OpCodes.Brtrue, ok);
        }

        EmitTrap(RuntimeMembers.Interrupt);
        IL.MarkLabel(ok);
    }

    /// <summary>
    /// Emits <c>throw TrapHelpers.X()</c> as the end of a block. The <c>throw</c> must be here, not
    /// inside a void helper: the JIT cannot see through a non-inlined call that it never returns,
    /// and would keep every value live across the check alive across the call, spilling registers
    /// in hot loops (measured: matmul 3.1x slower than Wasmtime with a void helper, 1.06x with this).
    /// </summary>
    /// <remarks>
    /// The trap is given the module offset of the instruction being compiled (or
    /// <paramref name="moduleOffset"/>; <see cref="CodeSites.Unknown"/> when not known), which its
    /// backtrace reports for this frame: the JIT keeps no
    /// exact IL offset for the throw, and the argument costs nothing on paths that do not trap.
    /// </remarks>
    public void EmitTrap(System.Reflection.MethodInfo trapFactory, int? moduleOffset = null)
    {
        IL.Emit(OpCodes.Call, trapFactory);
        EmitInt(moduleOffset ?? InstructionOffset);
        IL.Emit(OpCodes.Call, RuntimeMembers.LocateTrap);

        IL.Emit(OpCodes.Throw);
    }
}
