using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Validation;

/// <summary>Atomic memory instructions under the 0xFE prefix (threads proposal, "Atomic Memory Accesses").</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>
    /// The 0xFE prefix: every operator but <c>atomic.fence</c> takes a memarg, which must be naturally
    /// aligned, and has the fixed type the operator table gives it over the memory's address type.
    /// </summary>
    private void ValidateAtomic(ref WasmReader r)
    {
        Operator op = ReadPrefixed(Opcodes.AtomicPrefix, ref r, out uint code);
        if (op == Operator.AtomicFence)
        {
            ReadZeroByte(ref r);
            return;
        }

        if (!TryValidateFixed(op, ref r))
        {
            FailIllegalOpcode(Opcodes.AtomicPrefix, code);
        }
    }
}
