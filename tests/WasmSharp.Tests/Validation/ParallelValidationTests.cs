using Xunit;

namespace WasmSharp.Tests.Validation;

/// <summary>
/// A module with enough code is validated on several threads (<see cref="Config.ParallelCompilation"/>):
/// it must be accepted or rejected exactly as on one thread, with the error of its first invalid body.
/// </summary>
public sealed class ParallelValidationTests
{
    private const int Functions = 1200;
    private const int NopsPerBody = 400;

    [Fact]
    public void LargeValidModuleValidates()
    {
        byte[] wasm = Build(new Dictionary<int, byte[]>());
        Module.Validate(new Engine(new Config { ParallelCompilation = true }), wasm);
        Module.Validate(new Engine(new Config { ParallelCompilation = false }), wasm);
    }

    [Fact]
    public void FirstInvalidBodyIsReportedWhateverTheThreads()
    {
        // Function 1100 fails fast (its body is short) in a late chunk; function 130's error must win.
        byte[] wasm = Build(new Dictionary<int, byte[]>
        {
            [130] = [0x20, 0x05, 0x1A], // local.get 5; drop: unknown local
            [1100] = [0x41, 0x00], // i32.const 0 left on the stack of a () -> () function
        });

        WasmValidationException parallel = Assert.Throws<WasmValidationException>(() => Module.Validate(new Engine(new Config { ParallelCompilation = true }), wasm));
        WasmValidationException sequential = Assert.Throws<WasmValidationException>(() => Module.Validate(new Engine(new Config { ParallelCompilation = false }), wasm));
        Assert.Contains("unknown local 5", parallel.Message, StringComparison.Ordinal);
        Assert.Equal(sequential.Message, parallel.Message);
        Assert.Equal(sequential.Offset, parallel.Offset);
    }

    // Functions of type () -> () whose bodies are nops (over 256 KiB of code in all, so validation
    // runs in parallel), except the bodies given by function index.
    private static byte[] Build(Dictionary<int, byte[]> replaced)
    {
        var wasm = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        Section(wasm, 1, [0x01, 0x60, 0x00, 0x00]);
        var functions = new List<byte>();
        Leb(functions, Functions);
        functions.AddRange(Enumerable.Repeat((byte)0x00, Functions));
        Section(wasm, 3, functions);
        var code = new List<byte>();
        Leb(code, Functions);
        for (int i = 0; i < Functions; i++)
        {
            byte[] instructions = replaced.TryGetValue(i, out byte[]? custom) ? custom : Enumerable.Repeat((byte)0x01, NopsPerBody).ToArray();
            var body = new List<byte> { 0x00 };
            body.AddRange(instructions);
            body.Add(0x0B);
            Leb(code, body.Count);
            code.AddRange(body);
        }

        Section(wasm, 10, code);
        return wasm.ToArray();
    }

    private static void Section(List<byte> wasm, byte id, List<byte> content)
    {
        wasm.Add(id);
        Leb(wasm, content.Count);
        wasm.AddRange(content);
    }

    private static void Leb(List<byte> bytes, int value)
    {
        uint v = (uint)value;
        do
        {
            byte b = (byte)(v & 0x7F);
            v >>= 7;
            bytes.Add(v == 0 ? b : (byte)(b | 0x80));
        }
        while (v != 0);
    }
}
