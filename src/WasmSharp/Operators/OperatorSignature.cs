using WasmSharp.Types;

namespace WasmSharp.Operators;

/// <summary>
/// The fixed type <c>[params] -> [results]</c> of an operator (validation spec 3.4 "Instructions"). A
/// memory access's address operand has the memory's address type (memory64), so its signature comes
/// in two forms: for 32-bit and for 64-bit memories.
/// </summary>
internal sealed class OperatorSignature
{
    private readonly ValType[] _params32;
    private readonly ValType[] _results32;
    private readonly ValType[] _params64;
    private readonly ValType[] _results64;

    /// <summary>A signature that does not involve an address type.</summary>
    public OperatorSignature(ValType[] parameters, ValType[] results)
        : this(parameters, results, parameters, results)
    {
    }

    /// <summary>A signature over a memory address: its forms for 32-bit and 64-bit memories.</summary>
    public OperatorSignature(ValType[] params32, ValType[] results32, ValType[] params64, ValType[] results64)
    {
        _params32 = params32;
        _results32 = results32;
        _params64 = params64;
        _results64 = results64;
    }

    /// <summary>Whether the types mention the accessed memory's address type.</summary>
    public bool UsesAddress => !ReferenceEquals(_params32, _params64) || !ReferenceEquals(_results32, _results64);

    /// <summary>The operand types, first operand first, for a memory with 64-bit addresses or not.</summary>
    public ValType[] Params(bool address64 = false) => address64 ? _params64 : _params32;

    /// <summary>The result types for a memory with 64-bit addresses or not.</summary>
    public ValType[] Results(bool address64 = false) => address64 ? _results64 : _results32;
}
