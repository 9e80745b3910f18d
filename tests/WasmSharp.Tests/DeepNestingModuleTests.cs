using System.Runtime.ExceptionServices;
using System.Text;
using static WasmSharp.Tests.Binary.WasmBuilder;

namespace WasmSharp.Tests;

/// <summary>
/// Deeply nested modules load through <see cref="Module.FromText"/> and <see cref="Module.FromBytes(Engine, byte[])"/>
/// on a thread with a 1 MiB stack: text parsing, decoding and validation keep their own stacks, so nesting is
/// accepted or rejected with an error, and never overflows the thread's stack (which kills the process).
/// </summary>
public sealed class DeepNestingModuleTests
{
    private const int SmallStack = 1024 * 1024;

    [Fact]
    public void MillionNestedBlocksDecodeAndValidate()
    {
        const int depth = 1_000_000;
        byte[] body = [0x00, .. Enumerable.Repeat<byte[]>([0x02, 0x40], depth).SelectMany(b => b), .. Enumerable.Repeat((byte)0x0B, depth + 1)];
        byte[] module = Module(
            Section(1, Vec(B(0x60, 0x00, 0x00))),
            Section(3, Vec(U32(0))),
            Section(10, Vec(Concat(U32((uint)body.Length), body))));
        Module loaded = OnSmallStack(() => WasmSharp.Module.FromBytes(new Engine(), module));
        Assert.Empty(loaded.Imports);
    }

    [Theory]
    [InlineData("(block ", ")")]
    [InlineData("(loop ", ")")]
    [InlineData("(if (i32.const 1) (then ", "))")]
    [InlineData("block ", "end ")]
    [InlineData("i32.const 1 if ", "end ")]
    public void HundredThousandNestedLevelsOfTextLoad(string opening, string closing)
    {
        const int depth = 100_000;
        string text = "(module (func (export \"f\") " + Repeat(opening, depth) + Repeat(closing, depth) + "))";
        Module loaded = OnSmallStack(() => WasmSharp.Module.FromText(new Engine(), text));
        Assert.Equal("f", Assert.Single(loaded.Exports).Name);
    }

    [Fact]
    public void HundredThousandNestedTryTablesValidate()
    {
        // Validation only: compiling 100,000 nested try_table blocks is the compiler's concern (nested .NET
        // exception regions), not the front end's.
        const int depth = 100_000;
        string text = "(module (func " + Repeat("(try_table ", depth) + Repeat(")", depth) + "))";
        OnSmallStack(() =>
        {
            WasmSharp.Module.Validate(new Engine(), WasmSharp.Text.WatParser.ParseModule(text));
            return true;
        });
    }

    [Fact]
    public void InvalidInstructionDeepInsideIsAValidationError()
    {
        const int depth = 100_000;
        string text = "(module (func " + Repeat("(block ", depth) + "(i32.const 1)" + Repeat(")", depth) + "))";
        var e = Assert.Throws<WasmValidationException>(() => OnSmallStack(() => WasmSharp.Module.FromText(new Engine(), text)));
        Assert.Contains("type mismatch", e.Message);
    }

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    /// <summary>Runs <paramref name="work"/> on a new thread with a 1 MiB stack and returns its result or rethrows its exception.</summary>
    private static T OnSmallStack<T>(Func<T> work)
    {
        T? result = default;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            SmallStack);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
