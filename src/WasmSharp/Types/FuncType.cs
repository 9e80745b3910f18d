namespace WasmSharp.Types;

/// <summary>A function type <c>[params] -> [results]</c> (spec "Function Types"); mirrors Wasmtime's <c>FuncType</c>.</summary>
public sealed class FuncType : CompositeType
{
    /// <summary>Creates a function type.</summary>
    public FuncType(IEnumerable<ValType> parameters, IEnumerable<ValType> results)
    {
        Params = parameters.ToArray();
        Results = results.ToArray();
    }

    /// <inheritdoc/>
    public override CompositeKind Kind => CompositeKind.Func;

    /// <summary>Parameter types.</summary>
    public IReadOnlyList<ValType> Params { get; }

    /// <summary>Result types.</summary>
    public IReadOnlyList<ValType> Results { get; }

    /// <inheritdoc/>
    public override string ToString()
    {
        string parameters = Params.Count == 0 ? "" : $" (param {string.Join(' ', Params)})";
        string results = Results.Count == 0 ? "" : $" (result {string.Join(' ', Results)})";
        return $"(func{parameters}{results})";
    }
}
