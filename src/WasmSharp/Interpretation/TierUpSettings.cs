using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>How an interpreted module tiers up (see <see cref="TierUp"/>).</summary>
/// <param name="Compile">Compiles a batch of functions (function indices) and returns their entry points in order.</param>
/// <param name="CompileLoops">Compiles a function's on-stack replacement entry (function index in), or returns null where it can enter no loop.</param>
/// <param name="Threshold">Calls plus loop back-edges after which a function is hot.</param>
/// <param name="Synchronous">Whether a hot function is compiled at once on the thread that found it hot, rather than in the background.</param>
internal sealed record TierUpSettings(Func<IReadOnlyList<int>, CompiledFunction[]> Compile, Func<int, LoopEntries?>? CompileLoops, int Threshold, bool Synchronous);
