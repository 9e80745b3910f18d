namespace WasmSharp.Interpretation;

/// <summary>The translated form of one function.</summary>
/// <param name="Code">The instructions (see <see cref="Op"/>).</param>
/// <param name="ParamCount">Parameters: the first slots of the frame, written by the caller.</param>
/// <param name="LocalCount">Parameters and declared locals.</param>
/// <param name="FrameSize">Slots of a frame: locals, then one per operand stack height.</param>
/// <param name="LocalKinds">The slot kind of every local, to zero the declared ones at entry.</param>
/// <param name="Handlers">The exception handler table, innermost regions first (see <see cref="ExceptionHandler"/>); empty without try blocks.</param>
/// <remarks>The code positions of backtraces are not here: see <see cref="InterpretedFunction.Sites"/>.</remarks>
internal sealed record InterpretedCode(int[] Code, int ParamCount, int LocalCount, int FrameSize, SlotKind[] LocalKinds, ExceptionHandler[] Handlers);
