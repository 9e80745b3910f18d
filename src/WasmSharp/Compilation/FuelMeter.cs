using System.Reflection.Emit;
using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// Fuel metering (<c>Config::consume_fuel</c>, DESIGN.md decision 9) for one function: counts the
/// instructions of each straight-line run and charges the store at the run's end.
/// </summary>
internal sealed class FuelMeter
{
    private readonly FunctionCompiler _c;
    private long _pending;

    /// <summary>Creates the meter of the function <paramref name="compiler"/> compiles.</summary>
    public FuelMeter(FunctionCompiler compiler)
    {
        _c = compiler;
    }

    // Counts reachable instruction `op` and, before an instruction that ends a straight-line run,
    // charges the run (Wasmtime's costs and run ends: Operators.FuelCosts).
    /// <summary>Forgets the count: the run ended in a trap or throw, and charging it at the next join would bill the other paths.</summary>
    public void Discard() => _pending = 0;

    /// <summary>Counts instruction <paramref name="op"/> (its opcode read from <paramref name="reader"/>), charging the run if it ends one.</summary>
    public void Meter(byte op, WasmReader reader)
    {
        _pending += FuelCosts.Cost(op);
        if (FuelCosts.EndsRun(op, reader))
        {
            EmitCharge();
        }
    }

    // cx.Store.Fuel -= pending; if (cx.Store.Fuel < 0) throw OutOfFuel. The run is charged at its
    // end, so a host function it calls sees the fuel left and may refuel; loops and recursion
    // cannot avoid it since every back edge and call ends a run.
    /// <summary>Emits the charge of the instructions counted since the last one, if any.</summary>
    public void EmitCharge()
    {
        if (_pending == 0)
        {
            return;
        }

        LocalBuilder fuel = _c.RentScratch(typeof(long));
        Label ok = _c.IL.DefineLabel();
        _c.EmitContext();
        _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
        _c.IL.Emit(OpCodes.Dup);
        _c.IL.Emit(OpCodes.Ldfld, RuntimeMembers.Fuel);
        _c.IL.Emit(OpCodes.Ldc_I8, _pending);
        _c.IL.Emit(OpCodes.Sub);
        _c.IL.Emit(OpCodes.Dup);
        _c.IL.Emit(OpCodes.Stloc, fuel);
        _c.IL.Emit(OpCodes.Stfld, RuntimeMembers.Fuel);
        _c.IL.Emit(OpCodes.Ldloc, fuel);
        _c.IL.Emit(OpCodes.Ldc_I8, 0L);
        _c.IL.Emit(OpCodes.Bge, ok);
        _c.EmitTrap(RuntimeMembers.OutOfFuel);
        _c.IL.MarkLabel(ok);
        _c.ReturnScratch(fuel);
        _pending = 0;
    }
}
