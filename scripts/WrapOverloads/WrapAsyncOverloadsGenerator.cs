using System.Text;

namespace WasmSharp.Generators;

/// <summary>
/// Generates the asynchronous host-function overloads (Wasmtime's <c>Func::wrap_async</c> and
/// <c>Linker::func_wrap_async</c>): <c>Func.WrapAsync</c>, <c>Linker.FuncWrapAsync</c> and the
/// <c>HostFuncs.WrapAsync</c> adapters behind them. The delegate takes the caller and 0 to
/// <see cref="WrapOverloadsGenerator.MaxCallerArity"/> wasm parameters and returns a
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or
/// <see cref="ValueTask{TResult}"/> (the result a CLR value type or a ValueTuple of several, as for
/// <c>Wrap</c>). Part of <see cref="WrapOverloadsGenerator.Files"/>.
/// </summary>
/// <remarks>
/// C# finds an <c>async</c> lambda convertible to both a <see cref="Task"/>-returning and a
/// <see cref="ValueTask"/>-returning delegate and reports the call as ambiguous, so the
/// <see cref="Task"/> forms have a higher <c>OverloadResolutionPriority</c>: a plain <c>async</c>
/// lambda binds to them, while a lambda or method declared to return a <see cref="ValueTask"/>,
/// which no <see cref="Task"/> form accepts, binds to the <see cref="ValueTask"/> forms.
/// </remarks>
internal static class WrapAsyncOverloadsGenerator
{
    // The task kinds a delegate may return: the type's name, whether it carries R, its cref.
    private static readonly (string Name, bool Result, string Cref)[] s_kinds =
    [
        ("Task", false, "Task"),
        ("Task", true, "Task{TResult}"),
        ("ValueTask", false, "ValueTask"),
        ("ValueTask", true, "ValueTask{TResult}"),
    ];

    // Arity ranges per Func/Linker file, keeping each file well under 800 lines.
    private static readonly (int From, int To)[] s_ranges = [(0, 5), (6, 10), (11, WrapOverloadsGenerator.MaxCallerArity)];

    /// <summary>Every generated file: its path relative to the repository root and its text.</summary>
    public static IEnumerable<(string RelativePath, string Text)> Files()
    {
        foreach ((int from, int to) in s_ranges)
        {
            yield return ($"src/WasmSharp/Func.WrapAsync{from}To{to}.g.cs", FuncFile(from, to));
        }

        foreach ((int from, int to) in s_ranges)
        {
            yield return ($"src/WasmSharp/Linker.FuncWrapAsync{from}To{to}.g.cs", LinkerFile(from, to));
        }

        yield return ("src/WasmSharp/HostFuncs.WrapAsync.g.cs", HostFuncsFile());
    }

    private static string FuncFile(int from, int to)
    {
        var text = new StringBuilder(WrapOverloadsGenerator.Header);
        text.Append("namespace WasmSharp;\n\n");
        text.Append($"// Func.WrapAsync overloads for arities {from} to {to} (see HostFuncs).\n");
        text.Append("public sealed partial class Func\n{\n");
        bool first = true;
        foreach ((int arity, string kind, bool result, string cref) in Overloads(from, to))
        {
            text.Append(first ? "" : "\n");
            first = false;
            text.Append("    /// <summary>\n");
            text.Append($"    /// Creates an asynchronous host function from a delegate taking the caller and {arity} argument(s) and\n");
            text.Append($"    /// returning a <see cref=\"{cref}\"/> (<c>Func::wrap_async</c>): a guest that calls it waits for the work\n");
            text.Append("    /// without holding a thread. The wasm type follows from the CLR types.\n");
            text.Append("    /// </summary>\n");
            text.Append("    /// <typeparam name=\"T\">The store's data type.</typeparam>\n");
            WrapOverloadsGenerator.AppendTypeParamDocs(text, arity, result, "Typed{TParams, TResults}");
            text.Append("    /// <exception cref=\"ArgumentException\">A CLR type has no WebAssembly value type.</exception>\n");
            text.Append("    /// <exception cref=\"InvalidOperationException\">The store's engine has no <see cref=\"Config.AsyncSupport\"/>.</exception>\n");
            AppendPriority(text, kind);
            string generics = WrapOverloadsGenerator.Generics("T", arity, result);
            text.Append($"    public static Func WrapAsync{generics}(Store<T> store, {DelegateType(arity, kind, result)} func)\n");
            text.Append("    {\n");
            text.Append("        ArgumentNullException.ThrowIfNull(store);\n");
            text.Append("        ArgumentNullException.ThrowIfNull(func);\n");
            text.Append("        AsyncRefusals.Require(store.Engine, AsyncRefusals.WrapAsync);\n");
            text.Append("        return Create(store, HostFuncs.WrapAsync(func));\n");
            text.Append("    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string LinkerFile(int from, int to)
    {
        var text = new StringBuilder(WrapOverloadsGenerator.Header);
        text.Append("namespace WasmSharp;\n\n");
        text.Append($"// Linker.FuncWrapAsync overloads for arities {from} to {to} (see HostFuncs).\n");
        text.Append("public sealed partial class Linker<T>\n{\n");
        bool first = true;
        foreach ((int arity, string kind, bool result, string cref) in Overloads(from, to))
        {
            text.Append(first ? "" : "\n");
            first = false;
            text.Append("    /// <summary>\n");
            text.Append("    /// Defines <paramref name=\"module\"/>::<paramref name=\"name\"/> as an asynchronous host function of a delegate\n");
            text.Append($"    /// taking the caller and {arity} argument(s) and returning a <see cref=\"{cref}\"/> (<c>Linker::func_wrap_async</c>):\n");
            text.Append("    /// a guest that calls it waits for the work without holding a thread.\n");
            text.Append("    /// </summary>\n");
            WrapOverloadsGenerator.AppendTypeParamDocs(text, arity, result, "Func.Typed{TParams, TResults}");
            text.Append("    /// <exception cref=\"ArgumentException\">A CLR type has no WebAssembly value type.</exception>\n");
            text.Append("    /// <exception cref=\"InvalidOperationException\">The engine has no <see cref=\"Config.AsyncSupport\"/>.</exception>\n");
            text.Append("    /// <exception cref=\"WasmLinkException\">The name is defined and shadowing is off.</exception>\n");
            AppendPriority(text, kind);
            string generics = WrapOverloadsGenerator.Generics(null, arity, result);
            text.Append($"    public Linker<T> FuncWrapAsync{generics}(string module, string name, {DelegateType(arity, kind, result)} func)\n");
            text.Append("    {\n");
            text.Append("        ArgumentNullException.ThrowIfNull(func);\n");
            text.Append("        AsyncRefusals.Require(Engine, AsyncRefusals.FuncWrapAsync);\n");
            text.Append("        return DefineHost(module, name, HostFuncs.WrapAsync(func));\n");
            text.Append("    }\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string HostFuncsFile()
    {
        var text = new StringBuilder(WrapOverloadsGenerator.Header);
        text.Append("namespace WasmSharp;\n\n");
        text.Append($"// The delegate adapters behind Func.WrapAsync and Linker.FuncWrapAsync, arities 0 to {WrapOverloadsGenerator.MaxCallerArity}.\n");
        text.Append("internal static partial class HostFuncs\n{\n");
        bool first = true;
        foreach ((int arity, string kind, bool result, string cref) in Overloads(0, WrapOverloadsGenerator.MaxCallerArity))
        {
            text.Append(first ? "" : "\n");
            first = false;
            text.Append($"    /// <summary>An async host function of a delegate taking the caller and {arity} arguments and returning a <see cref=\"{cref}\"/>.</summary>\n");
            string generics = WrapOverloadsGenerator.Generics("T", arity, result);
            text.Append($"    public static HostFuncDefinition WrapAsync{generics}({DelegateType(arity, kind, result)} func) =>\n");
            string parameterTypes = string.Join(", ", Enumerable.Range(1, arity).Select(i => $"typeof(A{i})"));
            var arguments = new List<string> { "CallerOf<T>(callee)" };
            arguments.AddRange(Enumerable.Range(1, arity).Select(i => $"ValMarshal.Read<A{i}>(v[{i - 1}])"));
            text.Append($"        Async(TypeOf([{parameterTypes}], typeof({(result ? "R" : "ValueTuple")})), (callee, v) => Started(func({string.Join(", ", arguments)}), v));\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    // Per arity: each task kind.
    private static IEnumerable<(int Arity, string Kind, bool Result, string Cref)> Overloads(int from, int to)
    {
        for (int arity = from; arity <= to; arity++)
        {
            foreach ((string kind, bool result, string cref) in s_kinds)
            {
                yield return (arity, kind, result, cref);
            }
        }
    }

    private static void AppendPriority(StringBuilder text, string kind)
    {
        if (kind == "Task")
        {
            text.Append("    [System.Runtime.CompilerServices.OverloadResolutionPriority(1)]\n");
        }
    }

    private static string DelegateType(int arity, string kind, bool result)
    {
        var arguments = new List<string> { "Caller<T>" };
        arguments.AddRange(Enumerable.Range(1, arity).Select(i => $"A{i}"));
        arguments.Add(result ? $"{kind}<R>" : kind);
        return $"Func<{string.Join(", ", arguments)}>";
    }
}
