using WasmSharp.Binary;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// What the generated operator table (Operators/operators.def) decides for the validator: the
/// features each operator needs, and the type of every operator whose type is fixed and whose
/// immediates are none or a plain memory argument (spec valid/instructions.rst: numeric, vector,
/// load/store and atomic instructions). Operators typed by their immediates stay hand-written.
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Rejects single-byte opcode <paramref name="op"/> (or the prefix it is) if a feature it needs is off.</summary>
    private void RequireOpcode(byte op)
    {
        if (op >= Opcodes.GcPrefix && op <= Opcodes.AtomicPrefix)
        {
            if (OperatorTable.PrefixRequirement(op) is FeatureRequirement shared)
            {
                Require(shared.AnyOf, shared.Proposal);
            }
        }
        else if (OperatorTable.TryDecode(0, op, out Operator decoded))
        {
            RequireFeatures(decoded);
        }
    }

    /// <summary>Reads the sub-opcode after <paramref name="prefix"/> and rejects it if unknown or of a disabled proposal.</summary>
    private Operator ReadPrefixed(byte prefix, ref WasmReader r, out uint code)
    {
        code = r.ReadVarUInt32();
        if (!OperatorTable.TryDecode(prefix, code, out Operator op))
        {
            FailIllegalOpcode(prefix, code);
        }

        RequireFeatures(op);
        return op;
    }

    /// <summary>Rejects <paramref name="op"/> if a feature it needs is off (Wasmtime: "... support is not enabled").</summary>
    private void RequireFeatures(Operator op)
    {
        if (_features == WasmFeatures.All)
        {
            return;
        }

        foreach (FeatureRequirement requirement in OperatorTable.Info(op).Requires)
        {
            Require(requirement.AnyOf, requirement.Proposal);
        }
    }

    /// <summary>
    /// Validates <paramref name="op"/> from its fixed signature when it has one and its immediates are
    /// none or a memarg (checked against the natural alignment; atomics must be naturally aligned).
    /// </summary>
    /// <returns>False when <paramref name="op"/> needs hand-written validation (nothing is read then).</returns>
    private bool TryValidateFixed(Operator op, ref WasmReader r)
    {
        OperatorInfo info = OperatorTable.Info(op);
        if (info.Signature is not OperatorSignature signature)
        {
            return false;
        }

        switch (info.Immediate)
        {
            case OperatorImmediate.None:
                ApplySignature(signature, address64: false);
                return true;
            case OperatorImmediate.MemArg:
                ValType address = ReadMemArg(ref r, info.Align, atomic: info.Prefix == Opcodes.AtomicPrefix);
                ApplySignature(signature, address.Kind == ValKind.I64);
                return true;
            default:
                return false;
        }
    }

    /// <summary>Pops the operands of <paramref name="signature"/>, last first, and pushes its results.</summary>
    private void ApplySignature(OperatorSignature signature, bool address64)
    {
        ValType[] parameters = signature.Params(address64);
        for (int i = parameters.Length - 1; i >= 0; i--)
        {
            Pop(parameters[i]);
        }

        PushValues(signature.Results(address64));
    }
}
