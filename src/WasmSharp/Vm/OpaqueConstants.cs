using System.Runtime.CompilerServices;

namespace WasmSharp.Vm;

/// <summary>
/// Float constants compiled code loads from memory instead of embedding, so RyuJIT cannot apply
/// folds that are exact in IEEE arithmetic but forbidden by Wasm because they let a signalling NaN
/// through unquieted (spec 4.3.3: <c>x - 0</c>, <c>x * 1</c>, <c>x / -1</c>, <c>-0 - x</c> ... must
/// yield an arithmetic NaN for a NaN <c>x</c>). The fields are deliberately mutable: the JIT treats
/// <c>static readonly</c> fields as constants. Also builds f32 NaN constants, which the JIT would
/// quiet when it widens an embedded float constant to double.
/// </summary>
internal static class OpaqueConstants
{
#pragma warning disable CA2211 // Mutable on purpose: see the class remarks.
    /// <summary>+0.0f.</summary>
    public static float F32Zero = 0.0f;
    /// <summary>-0.0f.</summary>
    public static float F32NegZero = -0.0f;
    /// <summary>1.0f.</summary>
    public static float F32One = 1.0f;
    /// <summary>-1.0f.</summary>
    public static float F32NegOne = -1.0f;
    /// <summary>+0.0.</summary>
    public static double F64Zero = 0.0;
    /// <summary>-0.0.</summary>
    public static double F64NegZero = -0.0;
    /// <summary>1.0.</summary>
    public static double F64One = 1.0;
    /// <summary>-1.0.</summary>
    public static double F64NegOne = -1.0;
#pragma warning restore CA2211

    /// <summary>An f32 NaN with an exact bit pattern; not inlined, so its result stays opaque to the JIT.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static float F32NaN(int bits) => BitConverter.Int32BitsToSingle(bits);

    /// <summary>The field to load for f32 constant <paramref name="bits"/>, or null to embed it.</summary>
    public static string? F32Field(uint bits) => bits switch
    {
        0x00000000 => nameof(F32Zero),
        0x80000000 => nameof(F32NegZero),
        0x3F800000 => nameof(F32One),
        0xBF800000 => nameof(F32NegOne),
        _ => null,
    };

    /// <summary>The field to load for f64 constant <paramref name="bits"/>, or null to embed it.</summary>
    public static string? F64Field(ulong bits) => bits switch
    {
        0x0000000000000000 => nameof(F64Zero),
        0x8000000000000000 => nameof(F64NegZero),
        0x3FF0000000000000 => nameof(F64One),
        0xBFF0000000000000 => nameof(F64NegOne),
        _ => null,
    };
}
