namespace WasmSharp.Operators;

/// <summary>
/// One operator as operators.def defines it (binary spec 5.4 "Instructions"; validation spec 3.4).
/// </summary>
/// <param name="Operator">The operator.</param>
/// <param name="Name">Its text-format mnemonic (binary-only variants: their own name, e.g. <c>ref.test_null</c>).</param>
/// <param name="Prefix">0xFB..0xFE, or 0 for a single-byte opcode.</param>
/// <param name="Code">The opcode byte, or the u32 sub-opcode after <paramref name="Prefix"/>.</param>
/// <param name="Immediate">The immediates after the opcode.</param>
/// <param name="Align">Natural alignment (log2 of the access size) of a memory access, -1 for other operators.</param>
/// <param name="Requires">The features the operator needs, checked in order.</param>
/// <param name="Signature">The operand and result types when they are fixed; null when they depend on immediates or context.</param>
internal sealed record OperatorInfo(
    Operator Operator,
    string Name,
    byte Prefix,
    uint Code,
    OperatorImmediate Immediate,
    int Align,
    FeatureRequirement[] Requires,
    OperatorSignature? Signature);
