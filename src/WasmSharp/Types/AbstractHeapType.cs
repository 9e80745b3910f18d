namespace WasmSharp.Types;

/// <summary>Abstract heap types of Wasm 3.0 (spec "Heap Types", absheaptype).</summary>
public enum AbstractHeapType : byte
{
    /// <summary><c>func</c>: all function references.</summary>
    Func,
    /// <summary><c>nofunc</c>: the bottom of the func hierarchy.</summary>
    NoFunc,
    /// <summary><c>extern</c>: all external (host) references.</summary>
    Extern,
    /// <summary><c>noextern</c>: the bottom of the extern hierarchy.</summary>
    NoExtern,
    /// <summary><c>any</c>: the top of the internal (GC) hierarchy.</summary>
    Any,
    /// <summary><c>eq</c>: references comparable with <c>ref.eq</c>.</summary>
    Eq,
    /// <summary><c>i31</c>: unboxed 31-bit scalars.</summary>
    I31,
    /// <summary><c>struct</c>: all structs.</summary>
    Struct,
    /// <summary><c>array</c>: all arrays.</summary>
    Array,
    /// <summary><c>none</c>: the bottom of the internal hierarchy.</summary>
    None,
    /// <summary><c>exn</c>: exception references.</summary>
    Exn,
    /// <summary><c>noexn</c>: the bottom of the exception hierarchy.</summary>
    NoExn,
}
