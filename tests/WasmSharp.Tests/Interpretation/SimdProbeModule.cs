namespace WasmSharp.Tests.Interpretation;

/// <summary>
/// Writes a binary module of one-instruction functions for comparing the two tiers: each function
/// pushes its parameters in order, runs one 0xFD instruction given by number (so every opcode is
/// reachable without its text name) and returns. Function <c>i</c> is exported as <c>f{i}</c>; the
/// module has one exported memory page, <c>mem</c>, filled with <see cref="MemoryBytes"/>.
/// </summary>
internal sealed class SimdProbeModule
{
    /// <summary>The binary encodings of the value types used (spec 5.3.1).</summary>
    public const byte I32 = 0x7F, I64 = 0x7E, F32 = 0x7D, F64 = 0x7C, V128 = 0x7B;

    private readonly List<(byte[] Params, byte[] Results, byte[] Body)> _functions = [];

    /// <summary>Starts a module whose memory holds <paramref name="memoryBytes"/> from address 0.</summary>
    public SimdProbeModule(byte[] memoryBytes) => MemoryBytes = memoryBytes;

    /// <summary>The initial contents of the memory (at most one page).</summary>
    public byte[] MemoryBytes { get; }

    /// <summary>Adds <c>local.get 0 .. n-1; 0xFD sub immediates; end</c> and returns its export name.</summary>
    public string Add(uint sub, byte[] parameters, byte[] results, params byte[] immediates)
    {
        var body = new List<byte>();
        for (int i = 0; i < parameters.Length; i++)
        {
            body.Add(0x20);
            body.Add((byte)i);
        }

        body.Add(0xFD);
        WriteUnsigned(body, sub);
        body.AddRange(immediates);
        body.Add(0x0B);
        _functions.Add((parameters, results, body.ToArray()));
        return "f" + (_functions.Count - 1);
    }

    /// <summary>A memory argument: alignment exponent then offset, both LEB128.</summary>
    public static byte[] MemArg(uint align, uint offset)
    {
        var bytes = new List<byte>();
        WriteUnsigned(bytes, align);
        WriteUnsigned(bytes, offset);
        return bytes.ToArray();
    }

    /// <summary>The module's bytes.</summary>
    public byte[] ToBytes()
    {
        var module = new List<byte> { 0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00 };
        Section(module, 1, content =>
        {
            WriteUnsigned(content, (uint)_functions.Count);
            foreach ((byte[] parameters, byte[] results, _) in _functions)
            {
                content.Add(0x60);
                WriteUnsigned(content, (uint)parameters.Length);
                content.AddRange(parameters);
                WriteUnsigned(content, (uint)results.Length);
                content.AddRange(results);
            }
        });
        Section(module, 3, content =>
        {
            WriteUnsigned(content, (uint)_functions.Count);
            for (int i = 0; i < _functions.Count; i++)
            {
                WriteUnsigned(content, (uint)i);
            }
        });
        Section(module, 5, content => content.AddRange([1, 0x00, 1]));
        Section(module, 7, content =>
        {
            WriteUnsigned(content, (uint)_functions.Count + 1);
            for (int i = 0; i < _functions.Count; i++)
            {
                WriteName(content, "f" + i);
                content.Add(0x00);
                WriteUnsigned(content, (uint)i);
            }

            WriteName(content, "mem");
            content.Add(0x02);
            content.Add(0);
        });
        Section(module, 10, content =>
        {
            WriteUnsigned(content, (uint)_functions.Count);
            foreach ((_, _, byte[] body) in _functions)
            {
                WriteUnsigned(content, (uint)body.Length + 1);
                content.Add(0); // no locals
                content.AddRange(body);
            }
        });
        Section(module, 11, content =>
        {
            content.AddRange([1, 0x00, 0x41, 0x00, 0x0B]);
            WriteUnsigned(content, (uint)MemoryBytes.Length);
            content.AddRange(MemoryBytes);
        });
        return module.ToArray();
    }

    private static void Section(List<byte> module, byte id, Action<List<byte>> write)
    {
        var content = new List<byte>();
        write(content);
        module.Add(id);
        WriteUnsigned(module, (uint)content.Count);
        module.AddRange(content);
    }

    private static void WriteName(List<byte> bytes, string name)
    {
        WriteUnsigned(bytes, (uint)name.Length);
        bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(name));
    }

    private static void WriteUnsigned(List<byte> bytes, uint value)
    {
        do
        {
            byte low = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(low | 0x80) : low);
        }
        while (value != 0);
    }
}
