using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>
/// A block type immediate (spec 5.4.1 "Control Instructions", blocktype): its s33 code, which is
/// -64 (byte 0x40) for no values, a type index when non-negative, else a single result <see cref="Type"/>.
/// </summary>
/// <param name="Code">The s33 code.</param>
/// <param name="Type">The result type when <paramref name="Code"/> is a value type.</param>
internal readonly record struct BlockType(long Code, ValType Type)
{
    /// <summary>The code of the empty block type.</summary>
    public const long EmptyCode = -64;

    /// <summary>How many parameters and results the block type has in <paramref name="module"/> (validation spec 3.2.9 "Block Types").</summary>
    public (int Params, int Results) Arity(ModuleInfo module)
    {
        if (Code == EmptyCode)
        {
            return (0, 0);
        }

        if (Code >= 0)
        {
            var signature = (FuncType)module.Types[(int)Code].Composite;
            return (signature.Params.Count, signature.Results.Count);
        }

        return (0, 1);
    }
}
