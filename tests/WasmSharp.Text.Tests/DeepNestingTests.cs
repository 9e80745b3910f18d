using System.Runtime.ExceptionServices;
using System.Text;
using WasmSharp.Text.Wast;

namespace WasmSharp.Text.Tests;

/// <summary>
/// Deeply nested instructions and script commands parse on a thread with a 1 MiB stack, as deep as the
/// binary decoder goes: the parser keeps its own stack instead of the thread's, so depth can neither
/// overflow the stack (which kills the process) nor need a limit.
/// </summary>
public sealed class DeepNestingTests
{
    /// <summary>Deeper than a recursive parser survives in 1 MiB (it crashed at about 15,000 levels).</summary>
    private const int Depth = 100_000;

    /// <summary>The stack of a secondary thread on Windows, smaller than Linux's 1.5 MiB default.</summary>
    private const int SmallStack = 1024 * 1024;

    public static TheoryData<string, string, string> PlainAndFoldedPairs() => new()
    {
        // keyword, folded opening, folded closing (the plain forms are "keyword" ... "end").
        { "block", "(block ", ")" },
        { "loop", "(loop ", ")" },
        { "try_table", "(try_table ", ")" },
        { "try", "(try (do ", "))" },
    };

    [Theory]
    [MemberData(nameof(PlainAndFoldedPairs))]
    public void NestedPlainAndFoldedBlocksEncodeAlike(string keyword, string foldedOpening, string foldedClosing)
    {
        string plain = Func(Repeat(keyword + " ", Depth) + Repeat("end ", Depth));
        string folded = Func(Repeat(foldedOpening, Depth) + Repeat(foldedClosing, Depth));
        byte[] fromPlain = ParseOnSmallStack(plain);
        byte[] fromFolded = ParseOnSmallStack(folded);
        Assert.True(fromPlain.SequenceEqual(fromFolded), $"plain and folded {keyword} encode differently");
        AssertBodyIs(fromPlain, Body(Depth, opener: keyword == "try_table" ? [0x1F, 0x40, 0x00] : [OpcodeOf(keyword), 0x40]));
    }

    [Fact]
    public void NestedIfsInBothFormsEncodeAlike()
    {
        string plain = Func(Repeat("local.get 0 if ", Depth) + Repeat("else end ", Depth), "(param i32)");
        string folded = Func(Repeat("(if (local.get 0) (then ", Depth) + Repeat(") (else))", Depth), "(param i32)");
        byte[] fromPlain = ParseOnSmallStack(plain);
        Assert.True(fromPlain.SequenceEqual(ParseOnSmallStack(folded)), "plain and folded if encode differently");

        var body = new List<byte>();
        for (int i = 0; i < Depth; i++)
        {
            body.AddRange([0x20, 0x00, 0x04, 0x40]);
        }

        for (int i = 0; i < Depth; i++)
        {
            body.AddRange([0x05, 0x0B]);
        }

        AssertBodyIs(fromPlain, [.. body, 0x0B]);
    }

    [Fact]
    public void NestedIfsInsideConditionsAndElses()
    {
        // The condition of each folded if is itself a folded if, and each else holds the next level.
        string conditions = Func(Repeat("(if (result i32) ", Depth) + "(i32.const 1)" + Repeat(" (then (i32.const 1)) (else (i32.const 0)))", Depth) + " drop");
        string elses = Func(Repeat("(if (local.get 0) (then) (else ", Depth) + Repeat("))", Depth), "(param i32)");
        Assert.NotEmpty(ParseOnSmallStack(conditions));
        Assert.NotEmpty(ParseOnSmallStack(elses));
    }

    [Fact]
    public void NestedFoldedOperandsEmitInnermostFirst()
    {
        byte[] module = ParseOnSmallStack(Func(Repeat("(i32.eqz ", Depth) + "(i32.const 7)" + Repeat(")", Depth) + " drop"));
        var body = new List<byte> { 0x41, 0x07 };
        body.AddRange(Enumerable.Repeat((byte)0x45, Depth));
        AssertBodyIs(module, [.. body, 0x1A, 0x0B]);
    }

    [Fact]
    public void NestedNamedBlocksResolveLabels()
    {
        // Every level branches to the outermost label by name: index = depth of the branch.
        var text = new StringBuilder("(module (func (block $outer ");
        for (int i = 1; i < Depth; i++)
        {
            text.Append("(block $l").Append(i).Append(' ');
        }

        text.Append("br $outer").Append(')', Depth).Append("))");
        byte[] module = ParseOnSmallStack(text.ToString());
        var body = new List<byte>();
        for (int i = 0; i < Depth; i++)
        {
            body.AddRange([0x02, 0x40]);
        }

        body.Add(0x0C);
        body.AddRange(Leb128(Depth - 1));
        body.AddRange(Enumerable.Repeat((byte)0x0B, Depth + 1));
        AssertBodyIs(module, [.. body]);
    }

    [Fact]
    public void UnclosedDeepNestingIsAParseErrorWithPosition()
    {
        WatParseException plain = ParseErrorOnSmallStack(Func(Repeat("block\n", Depth)));
        Assert.Equal(Depth + 1, plain.Line);
        Assert.StartsWith("unexpected token", plain.Reason);
        WatParseException folded = ParseErrorOnSmallStack("(module (func\n" + Repeat("(block\n", Depth));
        Assert.Equal(Depth + 2, folded.Line);
    }

    [Fact]
    public void DeepModuleInAScriptParsesAndEncodes()
    {
        string script = "(module " + Repeat("(func ", 1) + Repeat("(block ", Depth) + Repeat(")", Depth) + "))\n(assert_return (invoke \"f\"))";
        WastScript parsed = OnSmallStack(() => WastParser.ParseScript(script, "deep.wast"));
        var module = Assert.IsType<WastModuleCommand>(parsed.Commands[0]);
        Assert.NotEmpty(OnSmallStack(module.Module.ToBinary));
    }

    [Fact]
    public void NestedScriptThreadsParse()
    {
        string script = Repeat("(thread $t ", Depth) + "(module)" + Repeat(")", Depth);
        WastScript parsed = OnSmallStack(() => WastParser.ParseScript(script, "threads.wast"));
        var thread = Assert.IsType<WastThread>(Assert.Single(parsed.Commands));
        for (int i = 1; i < Depth; i++)
        {
            thread = Assert.IsType<WastThread>(Assert.Single(thread.Commands));
        }

        Assert.IsType<WastModuleCommand>(Assert.Single(thread.Commands));
    }

    [Fact]
    public void NestedEitherResultsFlatten()
    {
        string script = "(assert_return (invoke \"f\") " + Repeat("(either (i32.const 1) ", Depth) + Repeat(")", Depth) + ")";
        WastScript parsed = OnSmallStack(() => WastParser.ParseScript(script, "either.wast"));
        var assertion = Assert.IsType<WastAssertReturn>(Assert.Single(parsed.Commands));
        var either = Assert.IsType<WastExpectedEither>(Assert.Single(assertion.Results));
        Assert.Equal(Depth, either.Alternatives.Count);
        Assert.All(either.Alternatives, a => Assert.Equal(new WastExpectedValue(WastValue.I32(1)), a));
    }

    [Fact]
    public void NestedAnnotationsLexInLinearTime()
    {
        // Each nested annotation used to copy its tokens into the enclosing one: quadratic in depth.
        var started = System.Diagnostics.Stopwatch.StartNew();
        byte[] module = ParseOnSmallStack("(module " + Repeat("(@a x ", Depth) + Repeat(")", Depth) + ")");
        Assert.Equal(8, module.Length);
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(10), $"took {started.Elapsed}");
    }

    private static string Func(string body, string signature = "") => $"(module (func {signature} {body}))";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte OpcodeOf(string keyword) => keyword switch
    {
        "block" => 0x02,
        "loop" => 0x03,
        "try" => 0x06,
        _ => throw new ArgumentOutOfRangeException(nameof(keyword)),
    };

    private static byte[] Body(int depth, byte[] opener)
    {
        var body = new List<byte>(depth * (opener.Length + 1) + 1);
        for (int i = 0; i < depth; i++)
        {
            body.AddRange(opener);
        }

        body.AddRange(Enumerable.Repeat((byte)0x0B, depth + 1));
        return [.. body];
    }

    private static byte[] Leb128(int value)
    {
        var bytes = new List<byte>();
        uint v = (uint)value;
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            bytes.Add(v != 0 ? (byte)(b | 0x80) : b);
        }
        while (v != 0);
        return [.. bytes];
    }

    /// <summary>
    /// Asserts that the module's only function body (after its local declarations count 0) is
    /// <paramref name="expected"/>: the code section ends the module, or the name section of the
    /// body's label ids follows it.
    /// </summary>
    private static void AssertBodyIs(byte[] module, byte[] expected)
    {
        byte[] tail = [0x00, .. expected];
        int at = module.AsSpan().LastIndexOf(tail);
        Assert.True(at >= 0 && (at + tail.Length == module.Length || module[at + tail.Length] == 0), "the function body differs from the expected encoding");
    }

    private static byte[] ParseOnSmallStack(string text) => OnSmallStack(() => WatParser.ParseModule(text));

    private static WatParseException ParseErrorOnSmallStack(string text) =>
        Assert.Throws<WatParseException>(() => ParseOnSmallStack(text));

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
