namespace WasmSharp.Fuzz.Common;

/// <summary>How one fuzz case ended.</summary>
internal enum CaseVerdict
{
    /// <summary>The runtime behaved as required.</summary>
    Pass,

    /// <summary>The case could not be judged (generator failure, resource bound hit in one runtime); counted, not failed.</summary>
    Skip,

    /// <summary>A divergence or a disallowed outcome: saved as a reproduction.</summary>
    Fail,
}
