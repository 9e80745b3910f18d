using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the Exception family.</summary>
internal sealed partial class Translator
{
    private void TranslateException(byte op, ref WasmReader reader) => throw new NotSupportedException("the interpreter does not run this instruction yet");

    // Closes the handler ranges a try_table or legacy try registered.
    private void EndHandlers(Label label)
    {
    }
}
