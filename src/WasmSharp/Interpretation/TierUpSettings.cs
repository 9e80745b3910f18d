using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>How an interpreted module tiers up (see <see cref="TierUp"/>).</summary>
/// <param name="Compile">Compiles a batch of functions (function indices) and returns their entry points in order.</param>
/// <param name="CompileLoops">Compiles a function's on-stack replacement entry (function index and the module offset of the loop that got hot in), or returns null where it can enter no loop.</param>
/// <param name="LoopsFirst">Whether a function's on-stack replacement entry is compiled as soon as one of its loops gets hot, before its method, and again around another loop that gets hot (function index in): a function too large to compile whole.</param>
/// <param name="Threshold">Calls plus loop back-edges after which a function is hot.</param>
/// <param name="Synchronous">Whether a hot function is compiled at once on the thread that found it hot, rather than in the background.</param>
internal sealed record TierUpSettings(Func<IReadOnlyList<int>, CompiledFunction[]> Compile, Func<int, int, LoopEntries?>? CompileLoops, Func<int, bool>? LoopsFirst, int Threshold, bool Synchronous);
