using System.Runtime.CompilerServices;
using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>
/// One defined function of an interpreted module, shared by every instance; translated at its
/// first call (DESIGN.md decision 1: nothing is done for functions that never run).
/// </summary>
internal sealed class InterpretedFunction : IActivationSource
{
    private InterpretedCode? _code;
    private CodeSites? _sites;

    /// <summary>Creates function <paramref name="index"/> of <paramref name="module"/>.</summary>
    public InterpretedFunction(InterpretedModule module, int index)
    {
        Module = module;
        Index = index;
        Hotness = module.TierUp?.Threshold ?? 0;
    }

    /// <summary>
    /// For a tiering module: calls and loop back-edges left before the function is hot (see
    /// <see cref="Interpretation.TierUp"/>). Threads of different stores race on it harmlessly: a
    /// lost decrement only delays tier-up.
    /// </summary>
    public int Hotness;

    /// <summary>
    /// Whether an activation of this function has moved into its on-stack replacement code (in any
    /// instance): a later one hot in a loop shows the function runs more than once (see
    /// <see cref="TierUp.OnLoopHot"/>). Written and read on the threads running its stores.
    /// </summary>
    public volatile bool EnteredLoopEntry;

    /// <summary>The module the function belongs to.</summary>
    public InterpretedModule Module { get; }

    /// <summary>The function's index in the module's function index space.</summary>
    public int Index { get; }

    /// <summary>The translated code, translating it on first use (races translate twice, harmlessly).</summary>
    public InterpretedCode Code
    {
        // Inlined into the interpreter's call and return paths: only the first call translates.
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _code ?? Translate();
    }

    /// <summary>
    /// The code positions of the instructions of <see cref="Code"/> that can trap or call, with their
    /// module offsets, for backtraces. Computed at the first backtrace through the function, by
    /// translating it again (translation is deterministic): recording them during every translation
    /// cost a fifth of the translation time, for what only a trap or exception needs.
    /// </summary>
    public CodeSites Sites => _sites ?? TranslateSites();

    /// <inheritdoc/>
    public Activation CreateActivation(InstanceContext cx, ValRaw[] values) => new InterpretedActivation(this, cx, values);

    /// <inheritdoc/>
    public bool StaysInterpreted => Module.TierUp is null;

    [MethodImpl(MethodImplOptions.NoInlining)]
    private InterpretedCode Translate()
    {
        InterpretedCode code = Translator.Translate(Module, Index);
        Volatile.Write(ref _code, code);
        return code;
    }

    private CodeSites TranslateSites()
    {
        CodeSites sites = Translator.TranslateSites(Module, Index);
        Volatile.Write(ref _sites, sites);
        return sites;
    }
}
