using WasmSharp.Binary;
using WasmSharp.Compilation;
using WasmSharp.Text.Wast;
using WasmSharp.Types;
using WasmSharp.Validation;
using WasmSharp.Vm;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Executes spec-suite scripts against the internal compiler API (decode → validate → compile →
/// instantiate → invoke), before the public Store/Instance API exists. Checks assert_return,
/// assert_trap, assert_exhaustion and module instantiation; rejection assertions belong to the
/// decoder and validator tests and are not run here.
/// </summary>
internal sealed class SpecScriptRunner
{
    private readonly StoreContext _store = new();
    private readonly Dictionary<string, Dictionary<string, object>> _registered = new();
    private readonly Dictionary<string, Dictionary<string, object>> _named = new();
    private Dictionary<string, object>? _current;

    public SpecScriptRunner()
    {
        _registered["spectest"] = SpectestExports(_store);
    }

    public List<string> Failures { get; } = new();

    public int Passed { get; private set; }

    public void RunFile(string path)
    {
        WastScript script = WastParser.ParseScript(File.ReadAllText(path), path);
        foreach (WastCommand command in script.Commands)
        {
            try
            {
                Run(command);
            }
            catch (Exception e)
            {
                Failures.Add($"{Path.GetFileName(path)}:{command.Line}: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private void Run(WastCommand command)
    {
        switch (command)
        {
            case WastModuleCommand m when !m.IsDefinition:
                Dictionary<string, object> exports = Instantiate(m.Module);
                _current = exports;
                if (m.Module.Id is string id)
                {
                    _named[id] = exports;
                }

                Passed++;
                break;
            case WastRegisterCommand r:
                _registered[r.Name] = r.ModuleId is null ? _current! : _named[r.ModuleId];
                Passed++;
                break;
            case WastActionCommand a:
                Perform(a.Action);
                Passed++;
                break;
            case WastAssertReturn a:
                AssertReturn(a);
                break;
            case WastAssertTrap a:
                ExpectTrap(a.Line, a.Message, () =>
                {
                    if (a.Action is not null)
                    {
                        Perform(a.Action);
                    }
                    else
                    {
                        Instantiate(a.Module!);
                    }
                });
                break;
            case WastAssertExhaustion a:
                ExpectTrap(a.Line, a.Message, () => Perform(a.Action));
                break;
            case WastAssertUninstantiable a:
                ExpectTrap(a.Line, a.Message, () => Instantiate(a.Module));
                break;
            default:
                break;
        }
    }

    private void ExpectTrap(int line, string message, Action action)
    {
        try
        {
            action();
            Failures.Add($"line {line}: expected trap \"{message}\", got none");
        }
        catch (Trap trap)
        {
            if (trap.Message.Contains(message, StringComparison.Ordinal))
            {
                Passed++;
            }
            else
            {
                Failures.Add($"line {line}: expected trap \"{message}\", got \"{trap.Message}\"");
            }
        }
    }

    private void AssertReturn(WastAssertReturn a)
    {
        (ValRaw[] values, IReadOnlyList<ValType> types) = Perform(a.Action);
        if (values.Length != a.Results.Count)
        {
            Failures.Add($"line {a.Line}: expected {a.Results.Count} results, got {values.Length}");
            return;
        }

        for (int i = 0; i < values.Length; i++)
        {
            if (!Matches(a.Results[i], values[i], types[i]))
            {
                Failures.Add($"line {a.Line}: result {i}: expected {Describe(a.Results[i])}, got {Describe(values[i], types[i])}");
                return;
            }
        }

        Passed++;
    }

    private (ValRaw[] Values, IReadOnlyList<ValType> Types) Perform(WastAction action)
    {
        Dictionary<string, object> exports = action.ModuleId is null ? _current! : _named[action.ModuleId];
        object target = exports[action.Name];
        if (action is WastGet)
        {
            var cell = (GlobalCell)target;
            return ([cell.Get()], [cell.Type.Type]);
        }

        var invoke = (WastInvoke)action;
        var func = (FuncRef)target;
        var values = new ValRaw[Math.Max(func.Type.Params.Count, func.Type.Results.Count)];
        for (int i = 0; i < invoke.Args.Count; i++)
        {
            values[i] = ToRaw(invoke.Args[i]);
        }

        func.Call(values);
        return (values[..func.Type.Results.Count], func.Type.Results);
    }

    private Dictionary<string, object> Instantiate(WastModule module)
    {
        byte[] bytes = module.ToBinary();
        ModuleInfo info = ModuleDecoder.Decode(bytes, WasmFeatures.All);
        ModuleValidator.Validate(info, WasmFeatures.All);
        CompiledModule compiled = ModuleCompiler.Compile(info);
        var functions = new List<FuncRef>();
        var tables = new List<TableStorage>();
        var memories = new List<LinearMemory>();
        var globals = new List<GlobalCell>();
        foreach (ImportInfo import in info.Imports)
        {
            if (!_registered.TryGetValue(import.Module, out Dictionary<string, object>? exports) || !exports.TryGetValue(import.Name, out object? value))
            {
                throw new InvalidOperationException($"unknown import {import.Module}::{import.Name}");
            }

            switch (import.Kind)
            {
                case ExternKind.Func:
                    functions.Add((FuncRef)value);
                    break;
                case ExternKind.Table:
                    tables.Add((TableStorage)value);
                    break;
                case ExternKind.Memory:
                    memories.Add((LinearMemory)value);
                    break;
                case ExternKind.Global:
                    globals.Add((GlobalCell)value);
                    break;
            }
        }

        var imports = new InstanceImports
        {
            Functions = functions.ToArray(),
            Tables = tables.ToArray(),
            Memories = memories.ToArray(),
            Globals = globals.ToArray(),
        };
        InstanceContext cx = compiled.Instantiate(_store, imports);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (ExportInfo export in info.Exports)
        {
            result[export.Name] = export.Kind switch
            {
                ExternKind.Func => cx.Functions[export.Index],
                ExternKind.Table => cx.Tables[export.Index],
                ExternKind.Memory => cx.Memories[export.Index],
                ExternKind.Global => cx.Globals[export.Index],
                _ => throw new NotSupportedException(export.Kind.ToString()),
            };
        }

        return result;
    }

    private static Dictionary<string, object> SpectestExports(StoreContext store)
    {
        var exports = new Dictionary<string, object>(StringComparer.Ordinal);
        void Print(string name, params ValType[] parameters) =>
            exports[name] = HostFunctionFactory.Create(new FuncType(parameters, []), static _ => { }, store);
        Print("print");
        Print("print_i32", ValType.I32);
        Print("print_i64", ValType.I64);
        Print("print_f32", ValType.F32);
        Print("print_f64", ValType.F64);
        Print("print_i32_f32", ValType.I32, ValType.F32);
        Print("print_f64_f64", ValType.F64, ValType.F64);
        exports["global_i32"] = Global(ValType.I32, ValRaw.I32(666));
        exports["global_i64"] = Global(ValType.I64, ValRaw.I64(666));
        exports["global_f32"] = Global(ValType.F32, ValRaw.F32(666.6f));
        exports["global_f64"] = Global(ValType.F64, ValRaw.F64(666.6));
        exports["table"] = new TableStorage(new TableType(ValType.FuncRef, new Limits(10, 20), false), null);
        exports["memory"] = new LinearMemory(new MemoryType(new Limits(1, 2), false, false));
        return exports;
    }

    private static GlobalCell Global(ValType type, ValRaw value)
    {
        var cell = new GlobalCell(new GlobalType(type, false));
        cell.Set(value);
        return cell;
    }

    private static ValRaw ToRaw(WastValue value) => value.Type switch
    {
        WastValueType.I32 or WastValueType.F32 => new ValRaw { Bits = (uint)value.Low },
        WastValueType.I64 or WastValueType.F64 => new ValRaw { Bits = value.Low },
        WastValueType.RefNull => ValRaw.FromRef(null),
        WastValueType.RefExtern or WastValueType.RefHost => ValRaw.FromRef(new ExternBox(value.Low)),
        _ => throw new NotSupportedException(value.Type.ToString()),
    };

    private static bool Matches(WastExpected expected, ValRaw actual, ValType type)
    {
        switch (expected)
        {
            case WastExpectedValue { Value: var v }:
                return v.Type switch
                {
                    WastValueType.I32 or WastValueType.F32 => (uint)actual.Bits == (uint)v.Low,
                    WastValueType.I64 or WastValueType.F64 => actual.Bits == v.Low,
                    WastValueType.RefNull => actual.Ref is null,
                    WastValueType.RefExtern or WastValueType.RefHost => actual.Ref is ExternBox box && box.Value == v.Low,
                    WastValueType.RefFunc => actual.Ref is FuncRef,
                    _ => false,
                };
            case WastExpectedNan nan:
                if (type.Kind == ValKind.F32)
                {
                    uint bits = (uint)actual.Bits & 0x7FFFFFFF;
                    return nan.Kind == WastNanKind.Canonical ? bits == 0x7FC00000 : (bits & 0x7FC00000) == 0x7FC00000;
                }
                else
                {
                    ulong bits = actual.Bits & 0x7FFFFFFFFFFFFFFF;
                    return nan.Kind == WastNanKind.Canonical ? bits == 0x7FF8000000000000 : (bits & 0x7FF8000000000000) == 0x7FF8000000000000;
                }

            case WastExpectedRef r:
                return r.Kind switch
                {
                    WastRefKind.Null => actual.Ref is null,
                    WastRefKind.Func => actual.Ref is FuncRef,
                    WastRefKind.Extern or WastRefKind.Host => r.Number is ulong n ? actual.Ref is ExternBox box && box.Value == n : actual.Ref is not null,
                    _ => false,
                };
            case WastExpectedEither either:
                return either.Alternatives.Any(alt => Matches(alt, actual, type));
            default:
                return false;
        }
    }

    private static string Describe(WastExpected expected) => expected switch
    {
        WastExpectedValue { Value: var v } => $"{v.Type} 0x{v.Low:X}",
        _ => expected.ToString() ?? "?",
    };

    private static string Describe(ValRaw value, ValType type) =>
        type.IsRef ? (value.Ref?.ToString() ?? "null") : $"{type} 0x{value.Bits:X}";

    private sealed record ExternBox(ulong Value);
}
