using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// One entry of the validator's control stack (spec appendix "Validation Algorithm", ctrl_frame):
/// the opening opcode, the block's start and end types, the operand and initialisation stack
/// heights at entry, and whether the rest of the block is unreachable.
/// </summary>
internal struct ControlFrame
{
    /// <summary>The opcode that opened the frame (block, loop, if, else, try, catch, catch_all, try_table).</summary>
    public byte Opcode;

    /// <summary>Types on the operand stack at the start of the block (its parameters).</summary>
    public ValType[] StartTypes;

    /// <summary>Types on the operand stack at the end of the block (its results).</summary>
    public ValType[] EndTypes;

    /// <summary>Operand stack height at entry.</summary>
    public int Height;

    /// <summary>Initialisation stack height at entry, to reset local initialisation on exit.</summary>
    public int InitHeight;

    /// <summary>Whether the remainder of the block is unreachable (stack-polymorphic).</summary>
    public bool Unreachable;

    /// <summary>The label's types: the parameters for a loop, else the results (spec label_types).</summary>
    public readonly ValType[] LabelTypes => Opcode == Opcodes.Loop ? StartTypes : EndTypes;
}
