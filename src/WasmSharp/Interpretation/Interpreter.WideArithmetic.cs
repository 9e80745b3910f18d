using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the wide-arithmetic family of <see cref="Op.Extended"/> instructions.</summary>
internal static partial class Interpreter
{
    private static int ExecuteWideArithmetic(int op, ref int ip, ref ValRaw fp) =>
        throw new NotSupportedException("the interpreter does not run this instruction yet");
}
