namespace WasmSharp.Text.Wast;

/// <summary>
/// A <c>v128.const</c> pattern with at least one NaN-pattern lane (fully exact vectors are reported as
/// <see cref="WastExpectedValue"/>). Each lane is a <see cref="WastExpectedValue"/> (I32 for integer lanes up to 32 bits,
/// I64, F32 or F64, holding the lane's bits) or a <see cref="WastExpectedNan"/>.
/// </summary>
/// <param name="Shape">The lane shape.</param>
/// <param name="Lanes">One pattern per lane, lane 0 first.</param>
public sealed record WastExpectedV128(WastV128Shape Shape, IReadOnlyList<WastExpected> Lanes) : WastExpected;
