using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace WasmSharp.Compilation;

/// <summary>
/// The fields and constructors of the <see cref="ValueTuple"/> instantiations that compiled code
/// packs several values into (results, typed calls). The tuple types are made at run time, which the
/// trimmer cannot follow, so the members of every ValueTuple definition are kept here instead: a
/// trimmed host that runs the compiler still finds <c>Item1</c>..<c>Rest</c> and the constructors.
/// </summary>
internal static class TupleMembers
{
    private const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.PublicConstructors;

    private const string Justification = "The members of every ValueTuple definition are kept by the DynamicDependency attributes; instantiations share them.";

    /// <summary>The public field <paramref name="name"/> (<c>Item1</c>..<c>Item7</c>, <c>Rest</c>) of the tuple type <paramref name="tuple"/>.</summary>
    [DynamicDependency(Members, typeof(ValueTuple<>))]
    [DynamicDependency(Members, typeof(ValueTuple<,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,,,>))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = Justification)]
    public static FieldInfo Field(Type tuple, string name) =>
        tuple.GetField(name) ?? throw new MissingFieldException(tuple.Name, name);

    /// <summary>The constructor of the tuple type <paramref name="tuple"/> that takes every element.</summary>
    [DynamicDependency(Members, typeof(ValueTuple<>))]
    [DynamicDependency(Members, typeof(ValueTuple<,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,,>))]
    [DynamicDependency(Members, typeof(ValueTuple<,,,,,,,>))]
    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = Justification)]
    public static ConstructorInfo Constructor(Type tuple) =>
        tuple.GetConstructor(tuple.GetGenericArguments()) ?? throw new MissingMethodException(tuple.Name, ".ctor");
}
