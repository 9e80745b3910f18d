using WasmSharp.Text;
using Xunit;

namespace WasmSharp.Text.Tests;

public class EncodingTests
{
    private static string Hex(string wat) => Convert.ToHexString(WatParser.ParseModule(wat)).ToLowerInvariant();

    // Expected bytes produced by wabt's wat2wasm 1.0.32 for the same text.
    [Fact]
    public void MvpModuleMatchesWat2Wasm()
    {
        const string wat = """
            (module
              (type $t (func (param i32) (result i32)))
              (import "env" "f" (func $imp (type $t)))
              (memory $m 1 2)
              (global $g (mut i64) (i64.const -1))
              (table 2 funcref)
              (elem (i32.const 0) $imp $add)
              (data (i32.const 8) "hi\00")
              (func $add (export "add") (param $a i32) (param $b i32) (result i32) (local $x i64) (local f32 f32)
                (block $out (result i32)
                  (br_if $out (local.get $a) (i32.eqz (local.get $b)))
                  (drop)
                  (i32.add (local.get $a) (call $imp (local.get $b)))))
              (func (export "loop") (param i32) (result f64)
                (loop $l
                  (br_if $l (i32.load offset=4 align=2 (local.get 0))))
                (if (result f64) (local.get 0) (then (f64.const 1.5)) (else (f64.const -0x1p-3)))))
            """;
        // wat2wasm's bytes, then the name section Wasmtime's text parser also writes: the names of
        // functions 0 ($imp) and 1 ($add), the locals of function 1 ($a, $b, $x), the labels $out
        // (function 1) and $l (function 2), both their function's label 0 (subsection 3), then
        // type $t, memory $m and global $g (subsections 4, 6 and 7).
        Assert.Equal("0061736d0100000001110360017f017f60027f7f017f60017f017c02090103656e760166000003030201020404017000020504010101020606017e01427f0b070e02036164640001046c6f6f7000020908010041000b0200010a3f021802017e027d027f20002001450d001a2000200110006a0b0b2400034020002801040d000b2000047c44000000000000f83f0544000000000000c0bf0b0b0b09010041080b03686900"
            + "0041046e616d65010b020003696d700103616464020c010103000161010162020178" + "030d02010100036f7574020100016c"
            + "0404010001740604010001" + "6d070401000167", Hex(wat));
    }

    // The extended name section as Wasmtime's text parser (wasm-tools) writes it: subsections 0, 1,
    // 2, then 4 (types) to 9 (data segments) and 11 (tags), each a name map by ascending index.
    [Fact]
    public void EveryNamedIndexSpaceGetsItsNameSubsection()
    {
        const string wat = """
            (module $mod
              (type $t (func (param i32) (result i32)))
              (import "env" "f" (func $imp (type $t)))
              (table $tab 2 funcref)
              (memory $mem 1)
              (global $g (mut i32) (i32.const 0))
              (tag $e (param i32))
              (elem $el (i32.const 0) func $imp)
              (data $d (i32.const 0) "x")
              (func $add (param $a i32) (param $b i32) (result i32) (local $x i64) local.get $a))
            """;
        string hex = Hex(wat);
        string names = hex[hex.IndexOf("046e616d65", StringComparison.Ordinal)..];
        Assert.Equal("046e616d65" + "0004036d6f64" + "010b020003696d700103616464" + "020c010103000161010162020178"
            + "040401000174" + "05060100037461" + "62" + "06060100036d656d" + "070401000167" + "0805010002656c" + "090401000164" + "0b0401000165", names);
    }

    // Expected bytes produced by wabt's wat2wasm 1.0.32 --enable-all.
    [Fact]
    public void SimdBulkTailCallModuleMatchesWat2Wasm()
    {
        const string wat = """
            (module
              (memory 1)
              (func (param v128) (result v128)
                (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 (local.get 0) (v128.const f32x4 1 -1 nan inf)))
              (func (result i32) (i32x4.extract_lane 3 (v128.load8_lane 2 (i32.const 0) (v128.const i64x2 -1 0x7fff_ffff_ffff_ffff))))
              (func (param i32) (result i32)
                (block (result i32) (br_table 0 0 (i32.const 7) (local.get 0))))
              (func (memory.fill (i32.const 0) (i32.const 0) (i32.const 0)) (i32.trunc_sat_f64_u (f64.const 0)) drop (return_call 3)))
            """;
        Assert.Equal("0061736d0100000001120460017b017b6000017f60017f017f6000000305040001020305030100010a710428002000fd0c0000803f000080bf0000c07f0000807ffd0d000102030405060708090a0b0c0d0e0f0b1e004100fd0cffffffffffffffffffffffffffffff7ffd54000002fd1b030b0d00027f410720000e0100000b0b1900410041004100fc0b00440000000000000000fc031a12030b", Hex(wat));
    }

    // Checked by hand against the binary format: tag section 13 before code, try_table catch labels resolved outside the block.
    [Fact]
    public void ExceptionsAndTypedSelect()
    {
        const string wat = """
            (module
              (tag $e (param i32))
              (func (param i32) (result i32)
                (block $h (result i32)
                  (try_table (catch $e $h)
                    (throw $e (local.get 0))))
                unreachable)
              (func (result i64) (i64.add (i64.const 1) (i64.extend_i32_s (i32.wrap_i64 (i64.const -129)))))
              (func (select (result i32) (i32.const 1) (i32.const 2) (i32.const 0)) drop))
            """;
        Assert.Equal("0061736d0100000001110460017f0060017f017f6000017e6000000304030102030d030100000a2b031100027f1f4001000000200008000b0b000b0a00420142ff7ea7ac7c0b0c004101410241001c017f1a0b"
            + "0013046e616d650306010001000168" + "0b0401000165", Hex(wat)); // the name section: label 0 of function 0 is $h, tag 0 is $e
    }

    [Fact]
    public void EmptyModuleForms()
    {
        Assert.Equal("0061736d01000000", Hex("(module)"));
        Assert.Equal("0061736d01000000" + "0009046e616d650002016d", Hex("(module $m)"));
        Assert.Equal("0061736d01000000", Hex(""));
        Assert.Equal("0061736d01000000", Hex("(module binary \"\\00asm\" \"\\01\\00\\00\\00\")"));
        Assert.Equal(Hex("(func)"), Hex("(module quote \"(func)\")"));
    }

    [Fact]
    public void BareFieldsEqualModuleForm()
    {
        Assert.Equal(Hex("(module (func (export \"f\") (result i32) i32.const 1))"), Hex("(func (export \"f\") (result i32) i32.const 1)"));
    }

    [Fact]
    public void ImplicitTypesAreAppendedAfterExplicitTypes()
    {
        // (func (param i64)) has no matching explicit type, so a new type index 1 is appended.
        string hex = Hex("(func (param i64)) (type (func (param i32))) (func (param i32))");
        Assert.StartsWith("0061736d01000000" + "010902" + "60017f00" + "60017e00" + "0303020100", hex);
    }

    [Fact]
    public void GcTypesAndInstructions()
    {
        string hex = Hex("""
            (rec (type $a (sub (struct (field $x (mut i32)) (field i8))))
                 (type $b (sub final $a (struct (field $x (mut i32)) (field i8) (field (ref null $b))))))
            (type $arr (array (mut i16)))
            (func (param (ref $b)) (result i32)
              (struct.get $b $x (local.get 0))
              (array.new_fixed $arr 2 (i32.const 1) (i32.const 2))
              (br_on_cast_fail 0 (ref null $arr) (ref $arr))
              drop
              (ref.test (ref null $a) (local.get 0))
              i32.add)
            """);
        // rec group of two subtypes, then the array type.
        Assert.Contains("4e02" + "5000" + "5f02" + "7f01" + "7800" + "4f0100" + "5f03" + "7f01" + "7800" + "630100" + "5e7701", hex);
        Assert.Contains("fb020100", hex); // struct.get $b $x
        Assert.Contains("fb080202", hex); // array.new_fixed $arr 2
        Assert.Contains("fb1901000202", hex); // br_on_cast_fail flags=1 label 0 $arr $arr
        Assert.Contains("fb1500", hex); // ref.test null $a
    }

    [Fact]
    public void MultiMemoryAndMemory64Memargs()
    {
        string hex = Hex("""
            (memory $m0 1)
            (memory $m1 i64 1 (pagesize 1))
            (func (result i64) (i64.load $m1 offset=0x1_0000_0000 align=4 (i64.const 0)))
            """);
        Assert.Contains("050602" + "0001" + "0c0100", hex); // memories: min 1, then i64 + custom page size 2^0
        Assert.Contains("2942" + "01" + "8080808010", hex); // align 2^2 | 0x40, memory 1, offset 2^32
    }

    [Fact]
    public void DataCountEmittedForMemoryInit()
    {
        string hex = Hex("(memory 1) (data $d \"x\") (func (memory.init $d (i32.const 0) (i32.const 0) (i32.const 1)))");
        Assert.Contains("0c0101", hex);
        Assert.Contains("fc080000", hex);
    }
}
