using System.Globalization;
using System.Text;

namespace WasmSharp.Fuzz.Wasi;

/// <summary>
/// Generates a small preview1 guest: a data segment with paths, iovecs and subscriptions at fixed offsets,
/// and an export <c>run</c> that calls 1 to 6 preview1 functions with random or edge arguments (fds around
/// the preopen, pointers into and past memory, path pointers with right and wrong lengths) and stores the
/// k-th errno in the exported global <c>errnoK</c> (out of reach of the guest's pointers; -1 until set).
/// </summary>
internal static class WasiGuestGenerator
{
    /// <summary>The paths the guest names (NUL-free except one), each placed in the data segment.</summary>
    private static readonly string[] Paths =
    [
        "file.txt", "dir", "dir/inner.txt", "empty", "link", "dangling", "new.txt", "newdir", "../escape", "/abs",
        "dir/../file.txt", "dir/..", ".", "..", "file.txt/", "nonexistent/x", "a\0b", "dir//inner.txt", "link/x", "",
        new string('x', 300),
    ];

    private const int PathBase = 0x100;
    private const int IovBase = 0x800;
    private const int BufferBase = 0x1000;
    private const int SubscriptionBase = 0x1800;
    private const int ScratchBase = 0x2000;

    /// <summary>Generates the guest's text; <paramref name="calls"/> receives a description of each call.</summary>
    public static string Generate(Random random, List<string> calls)
    {
        var data = new StringBuilder();
        var pathOffsets = new List<(int Offset, int Length)>();
        int offset = PathBase;
        foreach (string path in Paths)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(path);
            pathOffsets.Add((offset, bytes.Length));
            data.Append(CultureInfo.InvariantCulture, $"(data (i32.const {offset}) \"{Escape(bytes)}\")\n");
            offset += bytes.Length + 1;
        }

        // Two iovecs: 16 bytes at BufferBase and an empty one; a third points past memory.
        data.Append(CultureInfo.InvariantCulture, $"(data (i32.const {IovBase}) \"{Escape(Le(BufferBase, 16, BufferBase + 64, 0, 0xFFF0, 64))}\")\n");
        data.Append(CultureInfo.InvariantCulture, $"(data (i32.const {BufferBase}) \"written by the guest\\n\")\n");

        // A clock subscription (relative, 1 ns) and an fd_read subscription on fd 3.
        byte[] subscriptions = new byte[96];
        subscriptions[8] = 0; // tag: clock
        BitConverter.TryWriteBytes(subscriptions.AsSpan(16), 1); // clock id monotonic
        BitConverter.TryWriteBytes(subscriptions.AsSpan(24), 1L); // timeout 1 ns
        subscriptions[48 + 8] = 1; // tag: fd_read
        BitConverter.TryWriteBytes(subscriptions.AsSpan(48 + 16), 3);
        data.Append(CultureInfo.InvariantCulture, $"(data (i32.const {SubscriptionBase}) \"{Escape(subscriptions)}\")\n");

        var imports = new StringBuilder();
        var body = new StringBuilder();
        var imported = new HashSet<string>(StringComparer.Ordinal);
        int count = 1 + random.Next(6);
        for (int k = 0; k < count; k++)
        {
            var (name, roles) = Preview1Signatures.All[random.Next(Preview1Signatures.All.Count)];
            if (imported.Add(name))
            {
                string paramText = string.Concat(roles.Select(r => Preview1Signatures.IsI64(r) ? " i64" : " i32"));
                string resultText = name == "proc_exit" ? "" : " (result i32)";
                imports.Append(CultureInfo.InvariantCulture, $"(import \"wasi_snapshot_preview1\" \"{name}\" (func ${name} (param{paramText}){resultText}))\n");
            }

            var arguments = new List<string>();
            int lastPath = 0;
            for (int i = 0; i < roles.Length; i++)
            {
                // Three arguments in four decode (so the call gets past argument checks); the rest are edges.
                bool valid = random.Next(4) != 0;
                if (roles[i] == 's' && valid)
                {
                    lastPath = random.Next(pathOffsets.Count);
                    arguments.Add($"(i32.const {pathOffsets[lastPath].Offset})");
                }
                else if (roles[i] == 'l' && valid)
                {
                    arguments.Add($"(i32.const {pathOffsets[lastPath].Length})");
                }
                else if (valid)
                {
                    arguments.Add(ValidArgument(roles[i], random));
                }
                else
                {
                    arguments.Add(Preview1Signatures.IsI64(roles[i]) ? I64Argument(random) : I32Argument(random, pathOffsets));
                }
            }

            string call = $"(call ${name} {string.Join(' ', arguments)})";
            calls.Add(call);
            body.Append(name == "proc_exit" ? $"{call}\n" : $"(global.set $errno{k} {call})\n");
        }

        var globals = new StringBuilder();
        for (int k = 0; k < count; k++)
        {
            globals.Append(CultureInfo.InvariantCulture, $"(global $errno{k} (export \"errno{k}\") (mut i32) (i32.const -1))\n");
        }

        return $"(module\n{imports}(memory (export \"memory\") 1)\n{globals}{data}(func (export \"run\")\n{body}))\n";
    }

    /// <summary>A value that decodes for <paramref name="role"/> (it may still be refused by the call).</summary>
    private static string ValidArgument(char role, Random random)
    {
        long value = role switch
        {
            'f' => random.Next(0, 6),
            'p' => ScratchBase + (random.Next(64) * 8),
            'b' => BufferBase,
            'n' => random.Next(0, 65),
            'v' => IovBase,
            'q' => random.Next(0, 3),
            'u' => SubscriptionBase,
            'k' => random.Next(1, 3),
            'c' => random.Next(0, 4),
            'w' => random.Next(0, 3),
            'a' => random.Next(0, 6),
            'L' => random.Next(0, 2),
            'o' => random.Next(0, 16),
            'F' => random.Next(0, 32),
            't' => random.Next(0, 16),
            'R' => random.Next(0, 4),
            'S' => 0,
            'D' => random.Next(1, 4),
            'e' => random.Next(0, 126),
            'g' => random.Next(0, 31),
            'r' => random.Next(2) == 0 ? 0x1FFFFFFF : random.NextInt64(0, 0x20000000),
            'I' => random.Next(3) switch { 0 => 0, 1 => 1, _ => random.Next(0, 4097) },
            _ => throw new ArgumentOutOfRangeException(nameof(role), role, "no such role"),
        };
        return Preview1Signatures.IsI64(role) ? $"(i64.const {value})" : $"(i32.const {value})";
    }

    /// <summary>An edge i32: small numbers, path and iovec pointers, pointers at and past the end of memory.</summary>
    private static string I32Argument(Random random, List<(int Offset, int Length)> paths)
    {
        int value = random.Next(8) switch
        {
            0 or 1 => random.Next(-1, 8),
            2 => paths[random.Next(paths.Count)].Offset,
            3 => new[] { IovBase, IovBase + 8, IovBase + 16 }[random.Next(3)],
            4 => ScratchBase + (random.Next(64) * 8),
            5 => new[] { 65536, 65535, 65533, 65528, int.MaxValue, int.MinValue, -4 }[random.Next(7)],
            6 => new[] { SubscriptionBase, BufferBase, 16, 1, 2, 3 }[random.Next(6)],
            _ => random.Next(0, 1 << 16),
        };
        return $"(i32.const {value})";
    }

    private static string I64Argument(Random random) =>
        "(i64.const " + (random.Next(5) switch
        {
            0 => "0",
            1 => "1",
            2 => "-1",
            3 => new[] { "9223372036854775807", "4096", "0x7fffffff", "0xffffffff", "-9223372036854775808" }[random.Next(5)],
            _ => random.Next(0, 1 << 20).ToString(CultureInfo.InvariantCulture),
        }) + ")";

    private static byte[] Le(params int[] values) => values.SelectMany(BitConverter.GetBytes).ToArray();

    private static string Escape(byte[] bytes) => string.Concat(bytes.Select(b => $"\\{b:x2}"));
}
