namespace WasmSharp.Fuzz.Hostile;

/// <summary>A hostile case ended in an outcome it does not allow (for example returned where it must trap).</summary>
internal sealed class HostileExpectationException : Exception
{
    public HostileExpectationException(string message)
        : base(message)
    {
    }
}
