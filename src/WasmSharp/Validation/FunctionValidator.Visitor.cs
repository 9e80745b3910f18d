using System.Runtime.CompilerServices;
using WasmSharp.Operators;
using WasmSharp.Types;

namespace WasmSharp.Validation;

/// <summary>The validator's side of the generated operator reader.</summary>
internal sealed partial class FunctionValidator
{
    /// <summary>
    /// Routes each operator <see cref="OperatorReader.Visit"/> reads to its validation rule. A struct,
    /// so the generic reader is specialised for it and every call is direct: each rule is inlined
    /// into the generated method that reads its operator.
    /// </summary>
    private readonly struct Visitor : IOperatorVisitor
    {
        private readonly FunctionValidator _validator;

        public Visitor(FunctionValidator validator) => _validator = validator;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void BeginPrefix(byte prefix) => _validator.RequirePrefix(prefix);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Begin(Operator op) => _validator.RequireFeatures(op);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixed(Operator op) => _validator.ValidateFixed(op);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedMemArg(Operator op, MemArg memArg) => _validator.ValidateFixedMemArg(op, memArg);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedLane(Operator op, byte lane) => _validator.ValidateLane(op, lane);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedMemArgLane(Operator op, MemArg memArg, byte lane) => _validator.ValidateMemoryLane(op, memArg, lane);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitUnreachable() => _validator.SetUnreachable();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBlock(BlockType type) => _validator.ValidateBlock(Opcodes.Block, type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLoop(BlockType type) => _validator.ValidateBlock(Opcodes.Loop, type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitIf(BlockType type) => _validator.ValidateIf(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitElse() => _validator.ValidateElse();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTry(BlockType type) => _validator.ValidateLegacyTry(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCatch(uint tag) => _validator.ValidateLegacyCatch(tag);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitThrow(uint tag) => _validator.ValidateThrow(tag);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRethrow(uint depth) => _validator.ValidateRethrow(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitThrowRef() => _validator.ValidateThrowRef();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitEnd() => _validator.ValidateEnd();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBr(uint depth) => _validator.ValidateBr(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrIf(uint depth) => _validator.ValidateBrIf(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrTable(BrTableTargets targets) => _validator.ValidateBrTable(targets);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturn() => _validator.ValidateReturn();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCall(uint function) => _validator.ValidateCall(function, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCallIndirect(uint type, uint table) => _validator.ValidateCallIndirect(type, table, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCall(uint function) => _validator.ValidateCall(function, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCallIndirect(uint type, uint table) => _validator.ValidateCallIndirect(type, table, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCallRef(uint type) => _validator.ValidateCallRef(type, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCallRef(uint type) => _validator.ValidateCallRef(type, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDelegate(uint depth) => _validator.ValidateDelegate(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCatchAll() => _validator.ValidateLegacyCatchAll();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDrop() => _validator.Pop();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitSelect() => _validator.ValidateSelect();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitSelectTyped(SelectTypes types) => _validator.ValidateTypedSelect(types.Count, types.First);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTryTable(BlockType type, CatchClauses catches) => _validator.ValidateTryTable(type, catches);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalGet(uint local) => _validator.ValidateLocalGet(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalSet(uint local) => _validator.ValidateLocalSet(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalTee(uint local) => _validator.ValidateLocalTee(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitGlobalGet(uint global) => _validator.ValidateGlobalGet(global);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitGlobalSet(uint global) => _validator.ValidateGlobalSet(global);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableGet(uint table) => _validator.ValidateTableGet(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableSet(uint table) => _validator.ValidateTableSet(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemorySize(uint memory) => _validator.ValidateMemorySize(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryGrow(uint memory) => _validator.ValidateMemoryGrow(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI32Const(int value) => _validator.Push(ValType.I32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI64Const(long value) => _validator.Push(ValType.I64);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitF32Const(uint bits) => _validator.Push(ValType.F32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitF64Const(ulong bits) => _validator.Push(ValType.F64);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefNull(HeapType heap) => _validator.Push(ValType.Ref(_validator.CheckedHeap(heap), nullable: true));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefIsNull() => _validator.ValidateRefIsNull();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefFunc(uint function) => _validator.ValidateRefFunc(function);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefEq() => _validator.ValidateRefEq();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefAsNonNull() => _validator.ValidateRefAsNonNull();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnNull(uint depth) => _validator.ValidateBrOnNull(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnNonNull(uint depth) => _validator.ValidateBrOnNonNull(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructNew(uint type) => _validator.ValidateStructNew(type, withDefaults: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructNewDefault(uint type) => _validator.ValidateStructNew(type, withDefaults: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGet(uint type, uint field) => _validator.ValidateStructGet(type, field, signedVariant: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGetS(uint type, uint field) => _validator.ValidateStructGet(type, field, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGetU(uint type, uint field) => _validator.ValidateStructGet(type, field, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructSet(uint type, uint field) => _validator.ValidateStructSet(type, field);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNew(uint type) => _validator.ValidateArrayNew(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewDefault(uint type) => _validator.ValidateArrayNewDefault(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewFixed(uint type, uint count) => _validator.ValidateArrayNewFixed(type, count);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewData(uint type, uint data) => _validator.ValidateArrayNewData(type, data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewElem(uint type, uint elem) => _validator.ValidateArrayNewElem(type, elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGet(uint type) => _validator.ValidateArrayGet(type, signedVariant: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGetS(uint type) => _validator.ValidateArrayGet(type, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGetU(uint type) => _validator.ValidateArrayGet(type, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArraySet(uint type) => _validator.ValidateArraySet(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayLen() => _validator.ValidateArrayLen();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayFill(uint type) => _validator.ValidateArrayFill(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayCopy(uint destination, uint source) => _validator.ValidateArrayCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayInitData(uint type, uint data) => _validator.ValidateArrayInitData(type, data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayInitElem(uint type, uint elem) => _validator.ValidateArrayInitElem(type, elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefTest(HeapType heap) => _validator.ValidateRefTest(heap);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefTestNull(HeapType heap) => _validator.ValidateRefTest(heap);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefCast(HeapType heap) => _validator.ValidateRefCast(heap, nullable: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefCastNull(HeapType heap) => _validator.ValidateRefCast(heap, nullable: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnCast(byte flags, uint depth, HeapType from, HeapType to) => _validator.ValidateBrOnCast(depth, flags, from, to, fail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnCastFail(byte flags, uint depth, HeapType from, HeapType to) => _validator.ValidateBrOnCast(depth, flags, from, to, fail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitAnyConvertExtern() => _validator.ValidateAnyConvertExtern();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitExternConvertAny() => _validator.ValidateExternConvertAny();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefI31() => _validator.ValidateRefI31();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI31GetS() => _validator.ValidateI31Get();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI31GetU() => _validator.ValidateI31Get();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryInit(uint data, uint memory) => _validator.ValidateMemoryInit(data, memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDataDrop(uint data) => _ = _validator.CheckDataIndex(data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryCopy(uint destination, uint source) => _validator.ValidateMemoryCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryFill(uint memory) => _validator.ValidateMemoryFill(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableInit(uint elem, uint table) => _validator.ValidateTableInit(elem, table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitElemDrop(uint elem) => _ = _validator.CheckElemIndex(elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableCopy(uint destination, uint source) => _validator.ValidateTableCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableGrow(uint table) => _validator.ValidateTableGrow(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableSize(uint table) => _validator.ValidateTableSize(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableFill(uint table) => _validator.ValidateTableFill(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitV128Const(ReadOnlySpan<byte> bytes) => _validator.Push(ValType.V128);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI8x16Shuffle(ReadOnlySpan<byte> bytes) => _validator.ValidateShuffle(bytes);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitAtomicFence()
        {
            // The reserved zero byte is all there is to check.
        }
    }
}
