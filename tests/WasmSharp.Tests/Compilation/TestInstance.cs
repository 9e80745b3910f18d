using Xunit;
using WasmSharp.Compilation;
using WasmSharp.Vm;

namespace WasmSharp.Tests.Compilation;

/// <summary>A compiled and instantiated test module with convenient untyped calls.</summary>
internal sealed class TestInstance
{
    public TestInstance(CompiledModule compiled, InstanceContext context)
    {
        Compiled = compiled;
        Context = context;
    }

    public CompiledModule Compiled { get; }

    public InstanceContext Context { get; }

    public ValRaw[] Call(int function, params ValRaw[] args)
    {
        FuncRef func = Context.Function(function);
        var values = new ValRaw[Math.Max(func.Type.Params.Count, func.Type.Results.Count)];
        args.CopyTo(values, 0);
        func.Call(values);
        return values[..func.Type.Results.Count];
    }

    public int I32(int function, params ValRaw[] args) => Call(function, args)[0].AsI32;

    public long I64(int function, params ValRaw[] args) => Call(function, args)[0].AsI64;

    public float F32(int function, params ValRaw[] args) => Call(function, args)[0].AsF32;

    public double F64(int function, params ValRaw[] args) => Call(function, args)[0].AsF64;

    public Trap Traps(int function, params ValRaw[] args) => Assert.Throws<Trap>(() => Call(function, args));
}
