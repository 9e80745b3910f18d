using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the TailCall family.</summary>
internal sealed partial class Translator
{
    private void TranslateTailOrRefCall(byte op, ref WasmReader reader) => throw new NotSupportedException("the interpreter does not run this instruction yet");
}
