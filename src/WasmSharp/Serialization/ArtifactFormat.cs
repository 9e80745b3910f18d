using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using WasmSharp.Vm;

namespace WasmSharp.Serialization;

/// <summary>
/// The byte layout of a precompiled module (<c>.cwasm</c>), all integers little-endian:
/// <list type="number">
/// <item><see cref="Magic"/> (16 bytes) and the format version (u32, <see cref="FormatVersion"/>);</item>
/// <item>the WasmSharp version, the WebAssembly features (u64), the code settings (count, then key and
/// value strings), and the CPU features (strings are a u32 byte length and UTF-8);</item>
/// <item>the module's bytes (u32 length and bytes);</item>
/// <item>a code flag (u8); when 1, the runtime's module version id (16 bytes), the assembly image,
/// the SIMD constants (count, then two u64 each), the region method names, per compiled method
/// its code sites (position, module offset, callee), statement starts, and whether it records its
/// sites (u8; see <see cref="CodeSites"/>), and the defined functions in their likely first-call
/// order (count, then an i32 each);</item>
/// <item>the SHA-256 of everything before it (32 bytes).</item>
/// </list>
/// Reading checks magic, version and checksum before anything else, and every length against what
/// is left, so a truncated or damaged file is reported as such and never reaches the decoder or
/// the assembly loader.
/// </summary>
internal static class ArtifactFormat
{
    /// <summary>The first bytes of every artifact (a binary module starts <c>\0asm</c>, so they never collide).</summary>
    public static ReadOnlySpan<byte> Magic => "\0wasmsharp-cwasm"u8;

    /// <summary>The layout version; a file of another version is refused as incompatible.</summary>
    public const uint FormatVersion = 5;

    private const int ChecksumLength = 32;

    /// <summary>Whether <paramref name="bytes"/> starts like an artifact (<c>Engine::detect_precompiled</c>).</summary>
    public static bool LooksLikeArtifact(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Magic);

    /// <summary>The bytes of <paramref name="artifact"/>.</summary>
    public static byte[] Write(Artifact artifact)
    {
        using var stream = new MemoryStream(artifact.ModuleBytes.Length + (artifact.Code?.Code.Assembly.Count ?? 0) + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            CodeSettings settings = artifact.Settings;
            WriteString(writer, settings.Version);
            writer.Write((ulong)settings.Features);
            writer.Write(settings.Settings.Count);
            foreach ((string key, string value) in settings.Settings)
            {
                WriteString(writer, key);
                WriteString(writer, value);
            }

            WriteString(writer, settings.Cpu);
            WriteBytes(writer, artifact.ModuleBytes);
            writer.Write(artifact.Code is null ? (byte)0 : (byte)1);
            if (artifact.Code is SavedCode saved)
            {
                writer.Write(saved.Runtime.ToByteArray());
                WriteBytes(writer, saved.Code.Assembly);
                writer.Write(saved.Code.Simd.Length);
                foreach ((ulong low, ulong high) in saved.Code.Simd)
                {
                    writer.Write(low);
                    writer.Write(high);
                }

                writer.Write(saved.Code.RegionMethods.Length);
                foreach (string name in saved.Code.RegionMethods)
                {
                    WriteString(writer, name);
                }

                writer.Write(saved.Code.Sites.Count);
                foreach ((string method, CodeSites sites) in saved.Code.Sites)
                {
                    WriteString(writer, method);
                    (int[] positions, int[] offsets, int[] callees, int[] statements, bool recordsSites) = sites.ToArrays();
                    writer.Write(positions.Length);
                    for (int i = 0; i < positions.Length; i++)
                    {
                        writer.Write(positions[i]);
                        writer.Write(offsets[i]);
                        writer.Write(callees[i]);
                    }

                    writer.Write(statements.Length);
                    foreach (int statement in statements)
                    {
                        writer.Write(statement);
                    }

                    writer.Write(recordsSites);
                }

                writer.Write(saved.Code.CallOrder.Length);
                foreach (int function in saved.Code.CallOrder)
                {
                    writer.Write(function);
                }
            }
        }

        stream.Write(SHA256.HashData(stream.GetBuffer().AsSpan(0, (int)stream.Length)));
        return stream.ToArray();
    }

    /// <summary>Reads the artifact in <paramref name="bytes"/>.</summary>
    /// <exception cref="WasmSerializationException">The bytes are not an artifact of this format, or are truncated or corrupted.</exception>
    public static Artifact Read(ReadOnlySpan<byte> bytes) => Read(bytes, owned: null);

    /// <summary>
    /// <see cref="Read(ReadOnlySpan{byte})"/> of an artifact in a buffer WasmSharp read itself and
    /// never writes (a file, a cache entry): the code's assembly image stays a slice of
    /// <paramref name="bytes"/> rather than being copied out of it. For Yosys that image is 140 MB,
    /// and each copy of it is as many fresh pages to fault in.
    /// </summary>
    /// <exception cref="WasmSerializationException">The bytes are not an artifact of this format, or are truncated or corrupted.</exception>
    public static Artifact ReadOwned(byte[] bytes) => Read(bytes, owned: bytes);

    // `owned`, when not null, is the array `bytes` spans, which the artifact's code may slice.
    private static Artifact Read(ReadOnlySpan<byte> bytes, byte[]? owned)
    {
        if (!LooksLikeArtifact(bytes))
        {
            throw new WasmSerializationException("not a precompiled WasmSharp module (expected a file made by `wasmsharp compile` or Module.Serialize)");
        }

        if (bytes.Length < Magic.Length + sizeof(uint))
        {
            throw Truncated();
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(bytes[Magic.Length..]);
        if (version != FormatVersion)
        {
            throw new WasmSerializationException($"Module was compiled with incompatible precompiled-module format version {version} (this WasmSharp reads version {FormatVersion})");
        }

        if (bytes.Length < Magic.Length + sizeof(uint) + ChecksumLength)
        {
            throw Truncated();
        }

        ReadOnlySpan<byte> body = bytes[..^ChecksumLength];
        Span<byte> hash = stackalloc byte[ChecksumLength];
        SHA256.HashData(body, hash);
        if (!hash.SequenceEqual(bytes[^ChecksumLength..]))
        {
            throw new WasmSerializationException("precompiled module is truncated or corrupted: its SHA-256 checksum does not match its contents");
        }

        var reader = new ArtifactReader(body, Magic.Length + sizeof(uint));
        string wasmSharpVersion = reader.ReadString();
        var features = (WasmFeatures)reader.ReadUInt64();
        var settings = new KeyValuePair<string, string>[reader.ReadCount(8)];
        for (int i = 0; i < settings.Length; i++)
        {
            settings[i] = new(reader.ReadString(), reader.ReadString());
        }

        var codeSettings = new CodeSettings(wasmSharpVersion, features, settings, reader.ReadString());
        byte[] module = reader.ReadBytes();
        SavedCode? code = null;
        switch (reader.ReadByte())
        {
            case 0:
                break;
            case 1:
                var runtime = new Guid(reader.ReadSpan(16));
                int imageLength = reader.ReadCount(1);
                int imageStart = reader.Position;
                ReadOnlySpan<byte> image = reader.ReadSpan(imageLength);
                ArraySegment<byte> assembly = owned is null ? image.ToArray() : new ArraySegment<byte>(owned, imageStart, imageLength);
                var simd = new (ulong, ulong)[reader.ReadCount(16)];
                for (int i = 0; i < simd.Length; i++)
                {
                    simd[i] = (reader.ReadUInt64(), reader.ReadUInt64());
                }

                var regions = new string[reader.ReadCount(4)];
                for (int i = 0; i < regions.Length; i++)
                {
                    regions[i] = reader.ReadString();
                }

                var sites = new Dictionary<string, CodeSites>(StringComparer.Ordinal);
                for (int m = reader.ReadCount(8); m > 0; m--)
                {
                    string method = reader.ReadString();
                    int count = reader.ReadCount(3 * sizeof(int));
                    int[] positions = new int[count], offsets = new int[count], callees = new int[count];
                    reader.ReadInt32Triples(positions, offsets, callees);

                    int[] statements = reader.ReadInt32s(reader.ReadCount(sizeof(int)));

                    bool recordsSites = reader.ReadByte() switch
                    {
                        0 => false,
                        1 => true,
                        _ => throw Malformed(),
                    };
                    sites[method] = CodeSites.FromArrays(positions, offsets, callees, statements, recordsSites) ?? throw Malformed();
                }

                int[] callOrder = reader.ReadInt32s(reader.ReadCount(sizeof(int)));
                code = new SavedCode(runtime, new Compilation.PersistedCode(assembly, simd, regions, sites, callOrder));
                break;
            default:
                throw Malformed();
        }

        if (!reader.AtEnd)
        {
            throw Malformed();
        }

        return new Artifact(codeSettings, module, code);
    }

    /// <summary>The error for an artifact that ends early.</summary>
    public static WasmSerializationException Truncated() => new("precompiled module is truncated");

    /// <summary>The error for an artifact whose checksum matches but whose layout does not (written by a broken writer).</summary>
    public static WasmSerializationException Malformed() => new("precompiled module is malformed");

    private static void WriteString(BinaryWriter writer, string value) => WriteBytes(writer, Encoding.UTF8.GetBytes(value));

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> value)
    {
        writer.Write(value.Length);
        writer.Write(value);
    }
}
