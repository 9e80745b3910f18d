using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>The result types of typed <c>select</c> (spec 5.4.2): their number, which validation requires to be 1, and the first.</summary>
/// <param name="Count">How many types the immediate lists.</param>
/// <param name="First">The first of them (default when there is none).</param>
internal readonly record struct SelectTypes(uint Count, ValType First);
