using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// An active interpreted call: the function, its instance, where its slots start in
/// <see cref="InterpreterStack.Values"/> and, while it calls another function, where it resumes.
/// </summary>
internal struct Frame
{
    /// <summary>The function running in this frame.</summary>
    public InterpretedFunction Function;

    /// <summary>The instance it runs in.</summary>
    public InstanceContext Context;

    /// <summary>Index of the frame's slot 0 in <see cref="InterpreterStack.Values"/>.</summary>
    public int Fp;

    /// <summary>
    /// The code position to resume at when the call this frame made returns; also set just past a
    /// <c>throw</c>, so that <c>Pc - 1</c> is inside the instruction a wasm exception left this
    /// frame from, where the search for its handler starts (0 after a tail call out: none applies).
    /// </summary>
    public int Pc;
}
