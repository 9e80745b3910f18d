using WasmSharp.Binary;
using WasmSharp.Text;
using static WasmSharp.Tests.Binary.DecodeAssert;

namespace WasmSharp.Tests.Binary;

/// <summary>
/// The name section the text encoder writes from <c>$id</c>s, read back by the decoder: the same
/// names as <c>wat2wasm --debug-names</c>, plus the labels (3) and fields (10) wabt does not write.
/// </summary>
public class NameSectionFromTextTests
{
    private const string Named = """
        (module $mod
          (type $ty (func (param i32) (result i32)))
          (import "env" "f" (func $imp (type $ty)))
          (table $tab 1 funcref)
          (memory $mem 1)
          (global $g (mut i32) (i32.const 0))
          (func $f (type $ty) (param $p i32) (result i32) (local $l i32) (local i64) (local $m f32)
            local.get $p)
          (func $h)
          (elem $e (i32.const 0) $f)
          (data $d (i32.const 0) "hi"))
        """;

    // wat2wasm 1.0.32 --debug-names --enable-all of `Named`.
    private const string Wat2WasmOfNamed =
        "0061736d0100000001090260017f017f60000002090103656e7601660000030302000104040170000105030100010606017f0141000b"
        + "0907010041000b01010a0f020a03017f017e017d20000b02000b0b08010041000b0268690054046e616d650004036d6f64010c0300"
        + "03696d700101660201680210030000010300017001016c03016d020004050100027479050601000374616206060100036d656d0704"
        + "01000167080401000165090401000164";

    [Fact]
    public void TheNamesAreThoseWat2WasmDebugNamesWrites()
    {
        NameSection ours = Decodes(WatParser.ParseModule(Named)).Names!;
        NameSection wabt = Decodes(Convert.FromHexString(Wat2WasmOfNamed)).Names!;
        Assert.Equal("mod", ours.ModuleName);
        Assert.Equal(wabt.ModuleName, ours.ModuleName);
        foreach (byte id in new byte[] { 1, 4, 5, 6, 7, 8, 9 })
        {
            Assert.NotEmpty(ours.Map(id));
            Assert.Equal(wabt.Map(id).OrderBy(n => n.Key), ours.Map(id).OrderBy(n => n.Key));
        }

        // wabt also lists functions without local names, with none.
        Assert.Equal(
            wabt.LocalNames.Where(f => f.Value.Count > 0).OrderBy(f => f.Key).Select(f => (f.Key, f.Value.OrderBy(n => n.Key).ToList())),
            ours.LocalNames.OrderBy(f => f.Key).Select(f => (f.Key, f.Value.OrderBy(n => n.Key).ToList())));
        Assert.Equal(new Dictionary<int, string> { [0] = "p", [1] = "l", [3] = "m" }, ours.LocalNames[1]);
    }

    [Fact]
    public void LabelsAreNamedByTheirOrderInTheFunctionAndFieldsByType()
    {
        // Function label indices count every structured instruction of the body in binary order,
        // named or not: a folded if comes after its condition, whose block is 2.
        const string wat = """
            (module
              (type $pair (struct (field $left i32) (field i64) (field $right f32)))
              (func)
              (func $labelled (param i32)
                (block $outer
                  (loop
                    (if $choice (block $cond (result i32) (local.get 0))
                      (then (br $outer)))))
                (block $last)))
            """;
        NameSection names = Decodes(WatParser.ParseModule(wat)).Names!;
        Assert.Equal(
            new Dictionary<int, string> { [0] = "outer", [2] = "cond", [3] = "choice", [4] = "last" },
            Assert.Single(names.IndirectMap(NameSubsection.Labels), f => f.Key == 1).Value);
        Assert.Single(names.IndirectMap(NameSubsection.Labels));
        Assert.Equal(new Dictionary<int, string> { [0] = "left", [2] = "right" }, names.IndirectMap(NameSubsection.Fields)[0]);
    }
}
