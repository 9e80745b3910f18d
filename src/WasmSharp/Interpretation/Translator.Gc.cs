using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the Gc family.</summary>
internal sealed partial class Translator
{
    private void TranslateGc(uint sub, ref WasmReader reader) => throw new NotSupportedException("the interpreter does not run this instruction yet");
}
