using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;

namespace WasmSharp.Compilation;

/// <summary>
/// The types of a module's dynamic assembly that hold its compiled methods. The CLR gives every
/// method of a type a 16-bit slot number, so a type with more than 65,535 methods fails to load
/// (<c>TypeLoadException</c>: "contains more methods than the current implementation allows",
/// measured at 33,000 functions of two methods each). Methods therefore fill one type up to
/// <see cref="MethodsPerType"/>, then the next (docs/limits.md). Calls between types of the same
/// module are plain <c>call</c>s to their <see cref="MethodBuilder"/>s, which the JIT inlines as
/// within one type, and types may be created in any order: no type refers to another as a base,
/// field or signature type.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class EmittedTypes(ModuleBuilder module)
{
    /// <summary>
    /// Methods put into one type at most: a quarter of the CLR's 65,535, so that neither the
    /// per-function methods nor a type's own (the pointer table) can come near it.
    /// </summary>
    public const int MethodsPerType = 16_384;

    private readonly List<TypeBuilder> _types = [];
    private int _free;

    /// <summary>The name of the <paramref name="index"/>th type.</summary>
    public static string TypeName(int index) => "WasmModule" + index;

    /// <summary>The types defined so far, in order.</summary>
    public IReadOnlyList<TypeBuilder> Types => _types;

    /// <summary>
    /// A type with room for <paramref name="methods"/> more methods (kept together, as a function
    /// and its invoker are), which the caller then defines on it; a new type when the current one is full.
    /// </summary>
    public TypeBuilder Reserve(int methods)
    {
        if (_types.Count == 0 || _free < methods)
        {
            _types.Add(module.DefineType(TypeName(_types.Count), TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class));
            _free = MethodsPerType;
        }

        _free -= methods;
        return _types[^1];
    }
}
