using WasmSharp.Wast;

namespace WasmSharp.SpecTests;

/// <summary>
/// The runner fails what it cannot do instead of skipping it: skips are kept for validate-only mode and
/// script threads, so a green spec run means every command ran.
/// </summary>
public sealed class WastRunnerTests
{
    [Fact]
    public void ArgumentWithoutAnArgumentFormFailsTheCommand()
    {
        WastFileResult result = new WastRunner().RunScript("""
            (module (func (export "f") (param funcref)))
            (invoke "f" (ref.func 0))
            """, "ref-func-argument.wast");
        Assert.Equal(0, result.Skipped);
        WastFailure failure = Assert.Single(result.Failures);
        Assert.Equal(2, failure.Line);
        Assert.Contains("cannot be passed", failure.Message);
    }

    [Fact]
    public void CommandsOnAModuleThatFailedToLoadFail()
    {
        WastFileResult result = new WastRunner().RunScript("""
            (module (func (export "f") (result i32) (i64.const 0)))
            (assert_return (invoke "f") (i32.const 0))
            """, "failed-module.wast");
        Assert.Equal(0, result.Skipped);
        Assert.Equal(2, result.Failed);
        Assert.Contains("the module at line 1 failed to load", result.Failures[1].Message);
    }
}
