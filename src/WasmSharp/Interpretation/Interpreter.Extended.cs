using WasmSharp.Vm;

namespace WasmSharp.Interpretation;

/// <summary>Instructions of families run outside the main loop (see <see cref="Op.Extended"/>).</summary>
internal static partial class Interpreter
{
    private static int ExecuteExtended(ref int ip, ref ValRaw fp, InstanceContext cx) =>
        throw new InvalidOperationException("interpreter: no extended instruction families yet");
}
