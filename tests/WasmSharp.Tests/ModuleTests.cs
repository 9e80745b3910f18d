using WasmSharp.Tests.Binary;
using WasmSharp.Types;

namespace WasmSharp.Tests;

public class ModuleTests
{
    private readonly Engine _engine = new();

    [Fact]
    public void ImportsAndExportsAreListedInModuleOrder()
    {
        Module module = Module.FromBytes(_engine, SampleModules.Sample);
        Assert.Same(_engine, module.Engine);
        Assert.Equal("sample", module.Name);

        Assert.Equal(new[] { "f", "t", "m", "g" }, module.Imports.Select(i => i.Name));
        Assert.All(module.Imports, i => Assert.Equal("env", i.Module));
        FuncType f = module.Imports[0].Type.Func!;
        Assert.Equal(new[] { ValType.I32 }, f.Params);
        Assert.Empty(f.Results);
        Assert.Equal(new Limits(1, 10), module.Imports[1].Type.Table!.Value.Limits);
        Assert.Equal(new Limits(1, 2), module.Imports[2].Type.Memory!.Value.Limits);
        Assert.Equal(new GlobalType(ValType.I32, false), module.Imports[3].Type.Global);

        Assert.Equal(new[] { "add", "mem", "g", "tab" }, module.Exports.Select(e => e.Name));
        Assert.Equal(new[] { ExternKind.Func, ExternKind.Memory, ExternKind.Global, ExternKind.Table }, module.Exports.Select(e => e.Type.Kind));
        Assert.Equal(new[] { ValType.I32, ValType.I32 }, module.Exports[0].Type.Func!.Params);
        Assert.Null(module.Exports[0].Type.Memory);
    }

    [Fact]
    public void ExportIndexHandles()
    {
        Module module = Module.FromBytes(_engine, SampleModules.Sample);
        ModuleExport? add = module.GetExportIndex("add");
        Assert.NotNull(add);
        Assert.Equal(ExternKind.Func, add.Value.Kind);
        Assert.Equal(1, add.Value.EntityIndex);
        Assert.Equal(add, module.GetExportIndex("add"));
        Assert.Null(module.GetExportIndex("nope"));
        Assert.Equal(ExternKind.Global, module.GetExport("g")!.Kind);
        Assert.Null(module.GetExport("nope"));
    }

    [Fact]
    public void TagExportsCarryTheirSignature()
    {
        Module module = Module.FromBytes(_engine, SampleModules.Gc);
        ExternType tag = module.GetExport("tag")!;
        Assert.Equal(ExternKind.Tag, tag.Kind);
        Assert.Equal(new TagType(2), tag.Tag);
        Assert.Equal(new[] { ValType.I32 }, tag.TagSignature!.Params);
        Assert.Null(module.Name);
    }

    [Fact]
    public void TextIdentifiersOfModuleFunctionsAndLocalsBecomeTheNameSection()
    {
        Module module = Module.FromText(_engine, """
            (module $calc
              (import "env" "log" (func $log (param i32)))
              (func $add (param $left i32) (param $right i32) (result i32) (local $sum i32) (local i64) (local $"odd name" f32)
                local.get $left local.get $right i32.add)
              (func (param i32) (local $only i32))
              (func $unnamed_locals (param i32)))
            """);

        Assert.Equal("calc", module.Name);
        WasmSharp.Binary.NameSection names = module.Info.Names!;
        Assert.Equal("log", names.FunctionNames[0]);
        Assert.Equal("add", names.FunctionNames[1]);
        Assert.Equal(new Dictionary<int, string> { [0] = "left", [1] = "right", [2] = "sum", [4] = "odd name" }, names.LocalNames[1]);
        Assert.Equal(new Dictionary<int, string> { [1] = "only" }, names.LocalNames[2]);
        Assert.False(names.LocalNames.ContainsKey(3));
    }

    [Fact]
    public void BytesAreCopied()
    {
        byte[] bytes = SampleModules.Sample;
        Module module = Module.FromBytes(_engine, bytes);
        Array.Clear(bytes);
        Assert.Equal("hello"u8.ToArray(), module.Info.Bytes.Span.Slice(module.Info.Data[0].DataOffset, 5).ToArray());
    }

    [Fact]
    public void MalformedBytesThrowFormatException()
    {
        var e = Assert.Throws<WasmFormatException>(() => Module.FromBytes(_engine, new byte[] { 0, 0x61, 0x73, 0x6D, 2, 0, 0, 0 }));
        Assert.Equal("unknown binary version", e.Reason);
        Assert.Equal(4, e.Offset);
        Assert.Throws<WasmFormatException>(() => Module.Validate(_engine, new byte[] { 1, 2, 3 }));
        Module.Validate(_engine, SampleModules.Sample);
    }

    [Fact]
    public void FromTextGoesThroughTheTextParser() =>
        Assert.Throws<WasmSharp.Text.WatParseException>(() => Module.FromText(_engine, "(module"));

    [Fact]
    public void FromFileDetectsBinary()
    {
        string path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, SampleModules.Sample);
            Assert.Equal("sample", Module.FromFile(_engine, path).Name);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
