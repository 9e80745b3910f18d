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
        private readonly FunctionValidator v;

        public Visitor(FunctionValidator validator) => v = validator;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void BeginPrefix(byte prefix) => v.RequirePrefix(prefix);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void Begin(Operator op) => v.RequireFeatures(op);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixed(Operator op) => v.ValidateFixed(op);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedMemArg(Operator op, MemArg memArg) => v.ValidateFixedMemArg(op, memArg);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedLane(Operator op, byte lane) => v.ValidateLane(op, lane);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitFixedMemArgLane(Operator op, MemArg memArg, byte lane) => v.ValidateMemoryLane(op, memArg, lane);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitUnreachable() => v.SetUnreachable();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBlock(BlockType type) => v.ValidateBlock(Opcodes.Block, type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLoop(BlockType type) => v.ValidateBlock(Opcodes.Loop, type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitIf(BlockType type) => v.ValidateIf(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitElse() => v.ValidateElse();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTry(BlockType type) => v.ValidateLegacyTry(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCatch(uint tag) => v.ValidateLegacyCatch(tag);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitThrow(uint tag) => v.ValidateThrow(tag);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRethrow(uint depth) => v.ValidateRethrow(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitThrowRef() => v.ValidateThrowRef();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitEnd() => v.ValidateEnd();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBr(uint depth) => v.ValidateBr(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrIf(uint depth) => v.ValidateBrIf(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrTable(BrTableTargets targets) => v.ValidateBrTable(targets);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturn() => v.ValidateReturn();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCall(uint function) => v.ValidateCall(function, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCallIndirect(uint type, uint table) => v.ValidateCallIndirect(type, table, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCall(uint function) => v.ValidateCall(function, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCallIndirect(uint type, uint table) => v.ValidateCallIndirect(type, table, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCallRef(uint type) => v.ValidateCallRef(type, tail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitReturnCallRef(uint type) => v.ValidateCallRef(type, tail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDelegate(uint depth) => v.ValidateDelegate(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitCatchAll() => v.ValidateLegacyCatchAll();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDrop() => v.Pop();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitSelect() => v.ValidateSelect();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitSelectTyped(SelectTypes types) => v.ValidateTypedSelect(types.Count, types.First);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTryTable(BlockType type, CatchClauses catches) => v.ValidateTryTable(type, catches);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalGet(uint local) => v.ValidateLocalGet(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalSet(uint local) => v.ValidateLocalSet(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitLocalTee(uint local) => v.ValidateLocalTee(local);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitGlobalGet(uint global) => v.ValidateGlobalGet(global);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitGlobalSet(uint global) => v.ValidateGlobalSet(global);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableGet(uint table) => v.ValidateTableGet(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableSet(uint table) => v.ValidateTableSet(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemorySize(uint memory) => v.ValidateMemorySize(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryGrow(uint memory) => v.ValidateMemoryGrow(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI32Const(int value) => v.Push(ValType.I32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI64Const(long value) => v.Push(ValType.I64);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitF32Const(uint bits) => v.Push(ValType.F32);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitF64Const(ulong bits) => v.Push(ValType.F64);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefNull(HeapType heap) => v.Push(ValType.Ref(v.CheckedHeap(heap), nullable: true));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefIsNull() => v.ValidateRefIsNull();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefFunc(uint function) => v.ValidateRefFunc(function);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefEq() => v.ValidateRefEq();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefAsNonNull() => v.ValidateRefAsNonNull();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnNull(uint depth) => v.ValidateBrOnNull(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnNonNull(uint depth) => v.ValidateBrOnNonNull(depth);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructNew(uint type) => v.ValidateStructNew(type, withDefaults: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructNewDefault(uint type) => v.ValidateStructNew(type, withDefaults: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGet(uint type, uint field) => v.ValidateStructGet(type, field, signedVariant: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGetS(uint type, uint field) => v.ValidateStructGet(type, field, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructGetU(uint type, uint field) => v.ValidateStructGet(type, field, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitStructSet(uint type, uint field) => v.ValidateStructSet(type, field);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNew(uint type) => v.ValidateArrayNew(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewDefault(uint type) => v.ValidateArrayNewDefault(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewFixed(uint type, uint count) => v.ValidateArrayNewFixed(type, count);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewData(uint type, uint data) => v.ValidateArrayNewData(type, data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayNewElem(uint type, uint elem) => v.ValidateArrayNewElem(type, elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGet(uint type) => v.ValidateArrayGet(type, signedVariant: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGetS(uint type) => v.ValidateArrayGet(type, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayGetU(uint type) => v.ValidateArrayGet(type, signedVariant: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArraySet(uint type) => v.ValidateArraySet(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayLen() => v.ValidateArrayLen();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayFill(uint type) => v.ValidateArrayFill(type);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayCopy(uint destination, uint source) => v.ValidateArrayCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayInitData(uint type, uint data) => v.ValidateArrayInitData(type, data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitArrayInitElem(uint type, uint elem) => v.ValidateArrayInitElem(type, elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefTest(HeapType heap) => v.ValidateRefTest(heap);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefTestNull(HeapType heap) => v.ValidateRefTest(heap);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefCast(HeapType heap) => v.ValidateRefCast(heap, nullable: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefCastNull(HeapType heap) => v.ValidateRefCast(heap, nullable: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnCast(byte flags, uint depth, HeapType from, HeapType to) => v.ValidateBrOnCast(depth, flags, from, to, fail: false);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitBrOnCastFail(byte flags, uint depth, HeapType from, HeapType to) => v.ValidateBrOnCast(depth, flags, from, to, fail: true);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitAnyConvertExtern() => v.ValidateAnyConvertExtern();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitExternConvertAny() => v.ValidateExternConvertAny();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitRefI31() => v.ValidateRefI31();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI31GetS() => v.ValidateI31Get();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI31GetU() => v.ValidateI31Get();

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryInit(uint data, uint memory) => v.ValidateMemoryInit(data, memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitDataDrop(uint data) => _ = v.CheckDataIndex(data);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryCopy(uint destination, uint source) => v.ValidateMemoryCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitMemoryFill(uint memory) => v.ValidateMemoryFill(memory);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableInit(uint elem, uint table) => v.ValidateTableInit(elem, table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitElemDrop(uint elem) => _ = v.CheckElemIndex(elem);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableCopy(uint destination, uint source) => v.ValidateTableCopy(destination, source);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableGrow(uint table) => v.ValidateTableGrow(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableSize(uint table) => v.ValidateTableSize(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitTableFill(uint table) => v.ValidateTableFill(table);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitV128Const(ReadOnlySpan<byte> bytes) => v.Push(ValType.V128);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitI8x16Shuffle(ReadOnlySpan<byte> bytes) => v.ValidateShuffle(bytes);

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public readonly void VisitAtomicFence()
        {
            // The reserved zero byte is all there is to check.
        }
    }
}
