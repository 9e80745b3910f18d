using System.Diagnostics.CodeAnalysis;
using System.Reflection.Emit;
using System.Text;
using WasmSharp.Vm;

namespace WasmSharp.Compilation;

/// <summary>
/// Emits, for one compiled method, the check that follows each call able to return with a trap
/// pending (<see cref="StoreContext.PendingTrap"/>, see <see cref="StackSegments"/>) and the exits
/// it branches to, which return at once: the method's frame is unwound by a return, like the
/// callee's, and nothing after the call runs, as if the trap had been thrown through it. The check
/// is two loads (the store, its field) and a branch not taken; the exits are emitted after the
/// body, one per shape of the IL stack to drop (the types must agree where branches meet: the JIT
/// does not verify it, and a v128 and an int met once), like the shared trap blocks. Inside a
/// protected region, where a branch cannot leave, the check leaves to the exit of an empty stack, which
/// passes the region's handlers without running them (<c>leave</c> runs only <c>finally</c>
/// blocks, and compiled code has none), so a wasm handler never sees the trap.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class PendingTrapExits
{
    private readonly FunctionCompiler _c;
    private readonly Dictionary<string, (Label Exit, int Items)> _exits = new();

    /// <summary>Creates the exits of the method <paramref name="compiler"/> compiles.</summary>
    public PendingTrapExits(FunctionCompiler compiler)
    {
        _c = compiler;
    }

    /// <summary>Whether a check was emitted: only then can the code return with a trap pending.</summary>
    public bool Checked { get; private set; }

    /// <summary>
    /// Emits the check after a call of function <paramref name="function"/> (imports included),
    /// which left <paramref name="result"/> (its packed results, or null) above the tracked operands:
    /// only when the callee can return with a trap pending, which a call of an import (possibly a
    /// function of another module) always can.
    /// </summary>
    public void EmitAfterCall(int function, Type? result)
    {
        int imported = _c.Module.ImportedFunctionCount;
        if (_c.Compilation.CallsThroughReference(function) || _c.Compilation.Facts[function - imported]!.MayReturnPendingTrap)
        {
            EmitCheck(result);
        }
    }

    /// <summary>
    /// Emits the check right after a call returned <paramref name="result"/> (its packed results, a
    /// region's exit code, or null for none) above the tracked operands on the IL stack: when a trap
    /// is pending, drop them all and return.
    /// </summary>
    public void EmitCheck(Type? result)
    {
        if (!_c.Compilation.SegmentedStack)
        {
            // The store's stack is one segment: no call is continued in another, so none returns
            // with a trap pending (a trap leaves every frame as an exception).
            return;
        }

        Checked = true;
        ILGenerator il = _c.IL;
        _c.EmitContext();
        il.Emit(OpCodes.Ldfld, RuntimeMembers.Store);
        il.Emit(OpCodes.Ldfld, RuntimeMembers.PendingTrap);
        if (_c.TryDepth == 0)
        {
            il.Emit(OpCodes.Brtrue, Exit(result));
            return;
        }

        Label resume = il.DefineLabel();
        il.Emit(OpCodes.Brfalse, resume);
        il.Emit(OpCodes.Leave, Exit(null, below: false));
        il.MarkLabel(resume);
    }

    /// <summary>
    /// Emits the exits the checks branch to, where no protected region encloses the position: each
    /// drops its IL stack and returns the method's zero result, which no caller reads (a function's
    /// results, or a region's exit code; see <see cref="RegionEmitter"/>).
    /// </summary>
    public void EmitExits()
    {
        ILGenerator il = _c.IL;
        LocalBuilder? zero = null;
        foreach ((Label exit, int items) in _exits.Values)
        {
            il.MarkLabel(exit);
            for (int i = 0; i < items; i++)
            {
                il.Emit(OpCodes.Pop);
            }

            if (_c.Region is not null)
            {
                il.Emit(OpCodes.Ldc_I4_0);
            }
            else if (_c.Type.Results.Count > 0)
            {
                // Never written: methods are emitted with InitLocals, so it holds zeros and nulls.
                zero ??= il.DeclareLocal(ClrTypes.Return(_c.Type.Results));
                il.Emit(OpCodes.Ldloc, zero);
            }

            _c.EmitMethodReturn();
        }
    }

    // The exit for the IL stack of the tracked operands above the region's base (none after a
    // leave, which empties it), then `top`.
    private Label Exit(Type? top, bool below = true)
    {
        var shape = new StringBuilder();
        int items = 0;
        for (int i = _c.IlBase; below && i < _c.StackHeight; i++, items++)
        {
            shape.Append(ClrTypes.Of(_c.StackAt(i)).FullName).Append(';');
        }

        if (top is not null)
        {
            shape.Append(top.FullName);
            items++;
        }

        string key = shape.ToString();
        if (!_exits.TryGetValue(key, out (Label Exit, int Items) exit))
        {
            exit = (_c.IL.DefineLabel(), items);
            _exits[key] = exit;
        }

        return exit.Exit;
    }
}
