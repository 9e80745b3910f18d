namespace WasmSharp.Cli;

/// <summary>
/// Reports an exception no command expected (a bug in wasmsharp or the runtime, or the host running
/// out of resources) as one line, <c>Error: internal error: TYPE: MESSAGE</c>, instead of the .NET
/// runtime's stack trace: the type tells a bug report what went wrong, and the line is not
/// mistaken for an error of the guest.
/// </summary>
internal static class InternalError
{
    /// <summary>The exit status, Wasmtime's for any error that is not a trap.</summary>
    public const int ExitCode = 1;

    /// <summary>Prints the line for <paramref name="exception"/> (null when a thread threw something that is not an exception).</summary>
    public static void Report(Exception? exception)
    {
        try
        {
            Console.Out.Flush();
        }
        catch (IOException)
        {
            // Standard output is gone (a closed pipe): the error line still goes to standard error.
        }

        Console.Error.WriteLine(exception is null
            ? "Error: internal error: a thread failed with a non-exception object"
            : $"Error: internal error: {exception.GetType().FullName}: {exception.Message}");
    }
}
