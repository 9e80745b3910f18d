using WasmSharp.Binary;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the WideArithmetic family.</summary>
internal sealed partial class Translator
{
    private void TranslateWideArithmetic(uint sub) => throw new NotSupportedException("the interpreter does not run this instruction yet");
}
