namespace WasmSharp.Text.Wast;

/// <summary>
/// An exact expected value: integers and floats compare bit-for-bit (so an exact NaN must match its payload),
/// <c>v128.const</c> whose lanes are all exact compares all 128 bits, <c>ref.null ht</c> matches a null of that heap type,
/// <c>ref.extern n</c>/<c>ref.host n</c> match the host reference with that number.
/// </summary>
/// <param name="Value">The expected constant.</param>
public sealed record WastExpectedValue(WastValue Value) : WastExpected;
