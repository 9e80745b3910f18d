using WasmSharp.Types;

namespace WasmSharp.Binary;

/// <summary>A run of <paramref name="Count"/> locals of one type, as the code section declares them.</summary>
/// <param name="Count">How many locals.</param>
/// <param name="Type">Their type.</param>
internal readonly record struct LocalDecl(uint Count, ValType Type);
