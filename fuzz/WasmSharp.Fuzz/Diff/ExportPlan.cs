using WasmSharp.Types;

namespace WasmSharp.Fuzz.Diff;

/// <summary>One export to call in both runtimes, in order, with the same arguments.</summary>
/// <param name="Name">The export's name.</param>
/// <param name="Type">Its function type (as WasmSharp decoded it).</param>
/// <param name="Arguments">The arguments, drawn from the case's seed.</param>
internal sealed record ExportPlan(string Name, FuncType Type, IReadOnlyList<ArgumentValue> Arguments)
{
    /// <summary>
    /// Whether both runtimes can pass these parameters and read these results through their host APIs:
    /// numbers, v128, and nullable funcref/externref (Wasmtime's .NET API has no other reference kinds).
    /// </summary>
    public bool IsCallableFromHost =>
        Type.Params.All(type => type.IsNumber || type.Kind == ValKind.V128) &&
        Type.Results.All(type => type.IsNumber || type.Kind == ValKind.V128 || type == ValType.FuncRef || type == ValType.ExternRef);
}
