using Xunit;

namespace WasmSharp.Tests.Validation;

/// <summary>End-to-end: WAT through the text parser, decoder and validator.</summary>
public sealed class TextValidationTests
{
    private static readonly Engine s_engine = new();

    private static void Valid(string wat) => Module.FromText(s_engine, wat);

    private static void Invalid(string wat, string reason)
    {
        WasmValidationException e = Assert.Throws<WasmValidationException>(() => Module.FromText(s_engine, wat));
        Assert.StartsWith(reason, e.Reason);
    }

    [Fact]
    public void Factorial() => Valid("""
        (module
          (func $fac (export "fac") (param i64) (result i64)
            (if (result i64) (i64.eqz (local.get 0))
              (then (i64.const 1))
              (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1))))))))
        """);

    [Fact]
    public void ResultTypeMismatch() => Invalid("(module (func (result i32) (i64.const 0)))", "type mismatch");

    [Fact]
    public void BrTableArity() => Invalid(
        "(module (func (block (result i32) (block (br_table 0 1 (i32.const 0) (i32.const 0)))) drop))",
        "type mismatch");

    [Fact]
    public void RecursiveTypesAcrossGroupsAreEquivalent() => Valid("""
        (module
          (rec (type $a (struct (field (ref null $a)))))
          (rec (type $b (struct (field (ref null $b)))))
          (func (param (ref $a)) (result (ref $b)) (local.get 0)))
        """);

    [Fact]
    public void DistinctRecGroupsAreNotEquivalent() => Invalid("""
        (module
          (rec (type $a (struct (field i32))) (type $x (struct)))
          (rec (type $b (struct (field i32))))
          (func (param (ref $a)) (result (ref $b)) (local.get 0)))
        """, "type mismatch");

    [Fact]
    public void UndeclaredFunctionReference() => Invalid(
        "(module (func $f) (func (drop (ref.func $f))))", "undeclared function reference");

    [Fact]
    public void DeclaredFunctionReference() => Valid(
        "(module (func $f) (elem declare func $f) (func (drop (ref.func $f))))");

    [Fact]
    public void UninitializedLocal() => Invalid(
        "(module (type $t (func)) (func (local (ref $t)) (drop (local.get 0))))", "uninitialized local");

    [Fact]
    public void FinalSupertype() => Invalid(
        "(module (type $t (struct)) (type $s (sub $t (struct))))", "sub type");
}
