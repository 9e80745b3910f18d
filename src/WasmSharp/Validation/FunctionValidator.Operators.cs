using System.Runtime.CompilerServices;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>
/// What the generated operator table
/// (Operators/operators.def) decides for the validator: the features each operator needs, and the
/// type of every operator whose type is fixed and whose immediates are none or a plain memory
/// argument (spec valid/instructions.rst: numeric, vector, load/store and atomic instructions).
/// Operators typed by their immediates or the context have their own rules.
/// </summary>
internal sealed partial class FunctionValidator
{
    /// <summary>Rejects <paramref name="prefix"/> before its sub-opcode is read if all its operators need a feature that is off.</summary>
    private void RequirePrefix(byte prefix)
    {
        if (_features != WasmFeatures.All && OperatorTable.PrefixRequirement(prefix) is FeatureRequirement shared)
        {
            Require(shared.AnyOf, shared.Proposal);
        }
    }

    /// <summary>Rejects <paramref name="op"/> if a feature it needs is off (Wasmtime: "... support is not enabled").</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RequireFeatures(Operator op)
    {
        if (_features != WasmFeatures.All)
        {
            RequireEnabled(op);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private void RequireEnabled(Operator op)
    {
        foreach (FeatureRequirement requirement in OperatorTable.Info(op).Requires)
        {
            Require(requirement.AnyOf, requirement.Proposal);
        }
    }

    /// <summary>An operator of fixed type without immediates: the numeric block 0x45..0xC4 by its arrays, the others by the table.</summary>
    private void ValidateFixed(Operator op)
    {
        int numeric = op - Operator.I32Eqz;
        if ((uint)numeric < (uint)s_numericResult.Length)
        {
            ValidateNumeric(numeric);
            return;
        }

        ApplySignature(OperatorTable.Info(op).Signature!, address64: false);
    }

    /// <summary>A memory access of fixed type: the memarg is checked against the natural alignment (atomics: equal to it).</summary>
    private void ValidateFixedMemArg(Operator op, MemArg memArg)
    {
        OperatorInfo info = OperatorTable.Info(op);
        ValType address = CheckMemArg(memArg, info.Align, atomic: info.Prefix == Opcodes.AtomicPrefix);
        ApplySignature(info.Signature!, address.Kind == ValKind.I64);
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
