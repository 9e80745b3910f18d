using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.InteropServices;

namespace WasmSharp.Compilation;

/// <summary>
/// An <see cref="ILGenerator"/> that passes everything to the method's own generator, except that it
/// looks up the metadata token of each field once per module. The runtime's generator asks the
/// module for the token at every <c>ldfld</c>/<c>stfld</c>, which builds the field's signature and
/// finds its member reference again each time: 29% of IL emission for regex, whose functions load
/// the same few runtime fields (memory base and length, the pending trap, the stack limit) after
/// every call. The cached token is emitted as the instruction's 4-byte operand, exactly the bytes
/// <see cref="ILGenerator.Emit(OpCode, FieldInfo)"/> writes; the field instructions' effect on the
/// stack does not depend on the field, so the generator's stack depth stays right.
/// </summary>
internal sealed class TokenCachingILGenerator : ILGenerator
{
    private readonly ILGenerator _inner;
    private readonly ModuleBuilder _module;
    private readonly Dictionary<FieldInfo, int> _fieldTokens;

    /// <summary>Wraps <paramref name="inner"/>, a generator of a method of <paramref name="module"/>, sharing <paramref name="fieldTokens"/> with the module's other methods.</summary>
    public TokenCachingILGenerator(ILGenerator inner, ModuleBuilder module, Dictionary<FieldInfo, int> fieldTokens)
    {
        _inner = inner;
        _module = module;
        _fieldTokens = fieldTokens;
    }

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, FieldInfo field)
    {
        ref int token = ref CollectionsMarshal.GetValueRefOrAddDefault(_fieldTokens, field, out bool known);
        if (!known)
        {
            token = _module.GetFieldMetadataToken(field);
        }

        _inner.Emit(opcode, token);
    }

    /// <inheritdoc/>
    public override int ILOffset => _inner.ILOffset;

    /// <inheritdoc/>
    public override void BeginCatchBlock(Type? exceptionType) => _inner.BeginCatchBlock(exceptionType);

    /// <inheritdoc/>
    public override void BeginExceptFilterBlock() => _inner.BeginExceptFilterBlock();

    /// <inheritdoc/>
    public override Label BeginExceptionBlock() => _inner.BeginExceptionBlock();

    /// <inheritdoc/>
    public override void BeginFaultBlock() => _inner.BeginFaultBlock();

    /// <inheritdoc/>
    public override void BeginFinallyBlock() => _inner.BeginFinallyBlock();

    /// <inheritdoc/>
    public override void BeginScope() => _inner.BeginScope();

    /// <inheritdoc/>
    public override LocalBuilder DeclareLocal(Type localType, bool pinned) => _inner.DeclareLocal(localType, pinned);

    /// <inheritdoc/>
    public override Label DefineLabel() => _inner.DefineLabel();

    /// <inheritdoc/>
    public override void Emit(OpCode opcode) => _inner.Emit(opcode);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, byte arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, short arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, int arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, long arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, float arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, double arg) => _inner.Emit(opcode, arg);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, ConstructorInfo con) => _inner.Emit(opcode, con);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, Label label) => _inner.Emit(opcode, label);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, Label[] labels) => _inner.Emit(opcode, labels);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, LocalBuilder local) => _inner.Emit(opcode, local);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, MethodInfo meth) => _inner.Emit(opcode, meth);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, SignatureHelper signature) => _inner.Emit(opcode, signature);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, string str) => _inner.Emit(opcode, str);

    /// <inheritdoc/>
    public override void Emit(OpCode opcode, Type cls) => _inner.Emit(opcode, cls);

    /// <inheritdoc/>
    public override void EmitCall(OpCode opcode, MethodInfo methodInfo, Type[]? optionalParameterTypes) => _inner.EmitCall(opcode, methodInfo, optionalParameterTypes);

    /// <inheritdoc/>
    public override void EmitCalli(OpCode opcode, CallingConventions callingConvention, Type? returnType, Type[]? parameterTypes, Type[]? optionalParameterTypes) =>
        _inner.EmitCalli(opcode, callingConvention, returnType, parameterTypes, optionalParameterTypes);

    /// <inheritdoc/>
    public override void EmitCalli(OpCode opcode, CallingConvention unmanagedCallConv, Type? returnType, Type[]? parameterTypes) =>
        _inner.EmitCalli(opcode, unmanagedCallConv, returnType, parameterTypes);

    /// <inheritdoc/>
    public override void EndExceptionBlock() => _inner.EndExceptionBlock();

    /// <inheritdoc/>
    public override void EndScope() => _inner.EndScope();

    /// <inheritdoc/>
    public override void MarkLabel(Label loc) => _inner.MarkLabel(loc);

    /// <inheritdoc/>
    public override void UsingNamespace(string usingNamespace) => _inner.UsingNamespace(usingNamespace);
}
