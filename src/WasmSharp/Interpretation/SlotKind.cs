namespace WasmSharp.Interpretation;

/// <summary>
/// How a value occupies its frame slot (a <see cref="Vm.ValRaw"/>): numbers in
/// <see cref="Vm.ValRaw.Bits"/> (i32 and f32 zero-extended), vectors in Bits and Hi, references in
/// <see cref="Vm.ValRaw.Ref"/>. Copies and selects move only the part that holds the value.
/// </summary>
internal enum SlotKind : byte
{
    /// <summary>i32, i64, f32 or f64.</summary>
    Bits,

    /// <summary>v128.</summary>
    V128,

    /// <summary>Any reference.</summary>
    Ref,
}
