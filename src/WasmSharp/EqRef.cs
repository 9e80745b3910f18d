namespace WasmSharp;

/// <summary>
/// A non-null reference of the <c>eq</c> hierarchy (spec "Heap Types": <c>i31</c>, <c>struct</c>,
/// <c>array</c> and their concrete types), as produced by GC instructions; mirrors Wasmtime's
/// <c>EqRef</c>. Values of <c>anyref</c>, <c>eqref</c>, <c>structref</c> ... are instances of the
/// subclasses <see cref="I31Ref"/>, <see cref="StructRef"/> and <see cref="ArrayRef"/>, or a host
/// object that was internalised with <c>any.convert_extern</c>. Because GC objects and host objects
/// differ by CLR type, <c>any.convert_extern</c> and <c>extern.convert_any</c> leave every reference
/// as it is (spec: each undoes the other), and a host object fails every cast below <c>any</c>.
/// </summary>
public abstract class EqRef
{
    // Only the runtime creates GC objects: their layout is what compiled code relies on.
    private protected EqRef()
    {
    }
}
