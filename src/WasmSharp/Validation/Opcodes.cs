namespace WasmSharp.Validation;

/// <summary>Single-byte opcodes the validator refers to by name (spec binary/instructions.rst).</summary>
internal static class Opcodes
{
    /// <summary><c>block</c>.</summary>
    public const byte Block = 0x02;
    /// <summary><c>loop</c>.</summary>
    public const byte Loop = 0x03;
    /// <summary><c>if</c>.</summary>
    public const byte If = 0x04;
    /// <summary><c>else</c>.</summary>
    public const byte Else = 0x05;
    /// <summary>Legacy <c>try</c>.</summary>
    public const byte Try = 0x06;
    /// <summary>Legacy <c>catch</c>.</summary>
    public const byte Catch = 0x07;
    /// <summary><c>end</c>.</summary>
    public const byte End = 0x0B;
    /// <summary>Legacy <c>catch_all</c>.</summary>
    public const byte CatchAll = 0x19;
    /// <summary><c>try_table</c>.</summary>
    public const byte TryTable = 0x1F;
    /// <summary>Prefix of GC instructions.</summary>
    public const byte GcPrefix = 0xFB;
    /// <summary>Prefix of SIMD instructions.</summary>
    public const byte SimdPrefix = 0xFD;
    /// <summary>Prefix of atomic (threads) instructions.</summary>
    public const byte AtomicPrefix = 0xFE;
}
