namespace WasmSharp.Text.Wast;

/// <summary>Lane shapes of <c>v128.const</c> (text 6.5.9 "Vector Instructions").</summary>
public enum WastV128Shape
{
    /// <summary>16 lanes of 8 bits.</summary>
    I8x16,

    /// <summary>8 lanes of 16 bits.</summary>
    I16x8,

    /// <summary>4 lanes of 32 bits.</summary>
    I32x4,

    /// <summary>2 lanes of 64 bits.</summary>
    I64x2,

    /// <summary>4 lanes of binary32.</summary>
    F32x4,

    /// <summary>2 lanes of binary64.</summary>
    F64x2,
}
