using WasmSharp.Types;

namespace WasmSharp.Wast;

/// <summary>
/// The <c>spectest</c> host module the spec scripts import from, as the reference interpreter
/// defines it (spec interpreter/host/spectest.ml): <c>print*</c> functions that print nothing here,
/// immutable globals <c>global_i32</c>/<c>global_i64</c> = 666 and <c>global_f32</c>/<c>global_f64</c>
/// = 666.6, a funcref <c>table</c> of 10 to 20 elements (and its 64-bit twin <c>table64</c>, Wasm 3.0)
/// a <c>memory</c> of 1 to 2 pages and its shared twin <c>shared_memory</c> (threads proposal).
/// </summary>
internal static class Spectest
{
    /// <summary>Defines the module's items under <c>spectest</c> in <paramref name="linker"/>.</summary>
    public static void Define(Linker<object?> linker, Store<object?> store)
    {
        linker.FuncWrap("spectest", "print", static () => { });
        linker.FuncWrap("spectest", "print_i32", static (int _) => { });
        linker.FuncWrap("spectest", "print_i64", static (long _) => { });
        linker.FuncWrap("spectest", "print_f32", static (float _) => { });
        linker.FuncWrap("spectest", "print_f64", static (double _) => { });
        linker.FuncWrap("spectest", "print_i32_f32", static (int _, float _) => { });
        linker.FuncWrap("spectest", "print_f64_f64", static (double _, double _) => { });
        linker.Define(store, "spectest", "global_i32", new Global(store, new GlobalType(ValType.I32, false), Val.I32(666)));
        linker.Define(store, "spectest", "global_i64", new Global(store, new GlobalType(ValType.I64, false), Val.I64(666)));
        linker.Define(store, "spectest", "global_f32", new Global(store, new GlobalType(ValType.F32, false), Val.F32(666.6f)));
        linker.Define(store, "spectest", "global_f64", new Global(store, new GlobalType(ValType.F64, false), Val.F64(666.6)));
        linker.Define(store, "spectest", "table", new Table(store, new TableType(ValType.FuncRef, new Limits(10, 20), false), Val.FuncRef(null)));
        linker.Define(store, "spectest", "table64", new Table(store, new TableType(ValType.FuncRef, new Limits(10, 20), true), Val.FuncRef(null)));
        linker.Define(store, "spectest", "memory", new Memory(store, new MemoryType(new Limits(1, 2), false, false)));
        linker.Define(store, "spectest", "shared_memory", new SharedMemory(store.Engine, new MemoryType(new Limits(1, 2), false, true)));
    }
}
