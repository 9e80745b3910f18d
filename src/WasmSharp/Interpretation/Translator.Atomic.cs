using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Interpretation;

/// <summary>
/// The threads proposal's atomics (0xFE prefix). Handlers are the sub-opcodes; operands are
/// <c>dst?, address, values..., memory, offsetLow, offsetHigh</c>:
/// <list type="bullet">
/// <item><c>memory.atomic.notify</c> (0x00): <c>dst, address, count</c>.</item>
/// <item><c>memory.atomic.wait32/64</c> (0x01, 0x02): <c>dst, address, expected, timeout</c>.</item>
/// <item><c>atomic.fence</c> (0x03): no operands.</item>
/// <item>loads (0x10–0x16): <c>dst, address</c>; stores (0x17–0x1D): <c>address, value</c>.</item>
/// <item>read-modify-writes (0x1E–0x47): <c>dst, address, value</c>.</item>
/// <item>compare-exchanges (0x48–0x4E): <c>dst, address, expected, replacement</c>.</item>
/// </list>
/// Every instruction with a result has exactly one, so <see cref="EmitResult"/> may retarget it.
/// </summary>
internal sealed partial class Translator
{
    private void TranslateAtomic(uint sub, ref WasmReader reader)
    {
        if (AtomicOperands.ReadAccess(sub, ref reader) is not (int memory, ulong offset, _))
        {
            EmitExtended(ExtendedFamily.Atomic, (int)sub);
            return;
        }

        // Stores (0x17–0x1D) have no result; every other access returns one i32 or i64.
        bool store = sub is >= 0x17 and <= 0x1D;
        int inputCount = sub switch
        {
            0x00 => 2,
            0x01 or 0x02 => 3,
            <= 0x16 => 1,
            <= 0x1D => 2,
            <= 0x47 => 2,
            _ => 3,
        };
        int first = Height - inputCount;
        Span<int> inputs = stackalloc int[3];
        for (int i = 0; i < inputCount; i++)
        {
            inputs[i] = _stack[first + i].Slot;
        }

        _stack.RemoveRange(first, inputCount);
        EmitExtended(ExtendedFamily.Atomic, (int)sub);
        if (!store)
        {
            EmitResult(Push(SlotKind.Bits));
        }

        for (int i = 0; i < inputCount; i++)
        {
            _code.Add(inputs[i]);
        }

        _code.Add(memory);
        _code.Add64(offset);
    }
}
