using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>TODO(interpreter): the Simd family of <see cref="Op.Extended"/> instructions.</summary>
internal static partial class Interpreter
{
    private static int ExecuteSimd(int op, ref int ip, ref ValRaw fp, InstanceContext cx) =>
        throw new NotSupportedException("the interpreter does not run this instruction yet");
}
