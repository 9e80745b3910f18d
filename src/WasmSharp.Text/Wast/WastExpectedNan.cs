namespace WasmSharp.Text.Wast;

/// <summary><c>(f32.const nan:canonical)</c>, <c>(f64.const nan:arithmetic)</c>, etc., or a NaN-pattern v128 lane.</summary>
/// <param name="Type">Either <see cref="WastValueType.F32"/> or <see cref="WastValueType.F64"/>.</param>
/// <param name="Kind">Which NaNs match.</param>
public sealed record WastExpectedNan(WastValueType Type, WastNanKind Kind) : WastExpected;
