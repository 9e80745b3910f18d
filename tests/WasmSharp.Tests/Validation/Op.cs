namespace WasmSharp.Tests.Validation;

/// <summary>Opcode bytes for hand-encoded test bodies.</summary>
internal static class Op
{
    public const byte Unreachable = 0x00, Nop = 0x01, Block = 0x02, Loop = 0x03, If = 0x04, Else = 0x05;
    public const byte Try = 0x06, Catch = 0x07, Throw = 0x08, Rethrow = 0x09, ThrowRef = 0x0A, End = 0x0B;
    public const byte Br = 0x0C, BrIf = 0x0D, BrTable = 0x0E, Return = 0x0F, Call = 0x10, CallIndirect = 0x11;
    public const byte ReturnCall = 0x12, ReturnCallIndirect = 0x13, CallRef = 0x14, ReturnCallRef = 0x15;
    public const byte Delegate = 0x18, CatchAll = 0x19, Drop = 0x1A, Select = 0x1B, SelectT = 0x1C, TryTable = 0x1F;
    public const byte LocalGet = 0x20, LocalSet = 0x21, LocalTee = 0x22, GlobalGet = 0x23, GlobalSet = 0x24;
    public const byte TableGet = 0x25, TableSet = 0x26;
    public const byte I32Load = 0x28, I64Load = 0x29, I32Load8S = 0x2C, I32Store = 0x36, I64Store = 0x37;
    public const byte MemorySize = 0x3F, MemoryGrow = 0x40;
    public const byte I32Const = 0x41, I64Const = 0x42, F32Const = 0x43, F64Const = 0x44;
    public const byte I32Eqz = 0x45, I32Add = 0x6A, I32Sub = 0x6B, I64Add = 0x7C, F32Add = 0x92, F64Add = 0xA0;
    public const byte RefNull = 0xD0, RefIsNull = 0xD1, RefFunc = 0xD2, RefEq = 0xD3, RefAsNonNull = 0xD4;
    public const byte BrOnNull = 0xD5, BrOnNonNull = 0xD6;
    public const byte Gc = 0xFB, Misc = 0xFC, Simd = 0xFD, Atomic = 0xFE;

    // Value type bytes.
    public const byte TI32 = 0x7F, TI64 = 0x7E, TF32 = 0x7D, TF64 = 0x7C, TV128 = 0x7B;
    public const byte TFuncRef = 0x70, TExternRef = 0x6F, TAnyRef = 0x6E, TEqRef = 0x6D, TI31Ref = 0x6C;
    public const byte TStructRef = 0x6B, TArrayRef = 0x6A, TExnRef = 0x69, TNullRef = 0x71;
    public const byte TRef = 0x64, TRefNull = 0x63, Empty = 0x40;
}
