using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the Atomic family.</summary>
internal sealed partial class Translator
{
    private void TranslateAtomic(uint sub, ref WasmReader reader) => throw new NotSupportedException("the interpreter does not run this instruction yet");
}
