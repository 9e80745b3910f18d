namespace WasmSharp.Operators;

/// <summary>
/// The visitor methods every operator shares (<see cref="Begin"/>), and those of the operators whose
/// type operators.def fixes, grouped by the shape of their immediates; <see cref="IOperatorVisitor"/>
/// (generated) adds one method per other operator.
/// </summary>
internal interface IOperatorVisitorBase
{
    /// <summary>Called before a prefix's sub-opcode is read (e.g. to reject a disabled proposal first).</summary>
    /// <param name="prefix">0xFB..0xFE.</param>
    void BeginPrefix(byte prefix);

    /// <summary>Called for every operator once its opcode is known, before its immediates are read.</summary>
    void Begin(Operator op);

    /// <summary>An operator of fixed type without immediates (numeric, most vector operators, <c>nop</c>).</summary>
    void VisitFixed(Operator op);

    /// <summary>A load, store or atomic access of fixed type (over the memory's address type).</summary>
    void VisitFixedMemArg(Operator op, MemArg memArg);

    /// <summary>An extract_lane or replace_lane.</summary>
    void VisitFixedLane(Operator op, byte lane);

    /// <summary>A <c>v128.loadN_lane</c> or <c>v128.storeN_lane</c>.</summary>
    void VisitFixedMemArgLane(Operator op, MemArg memArg, byte lane);
}
