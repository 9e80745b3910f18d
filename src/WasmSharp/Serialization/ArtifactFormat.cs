using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using WasmSharp.Vm;

namespace WasmSharp.Serialization;

/// <summary>
/// The byte layout of a precompiled module (<c>.cwasm</c>), all integers little-endian. An artifact
/// without code (that of an interpreting engine, or of a module that tiers up) is:
/// <list type="number">
/// <item><see cref="Magic"/> (16 bytes) and the format version (u32, <see cref="FormatVersion"/>);</item>
/// <item>the body;</item>
/// <item>the SHA-256 of everything before it (32 bytes).</item>
/// </list>
/// An artifact with code starts with the image of its assembly instead, so that the runtime can map
/// it from the file rather than copy it (<see cref="Compilation.AssemblyImage"/>):
/// <list type="number">
/// <item>the assembly's PE image, whose DOS stub (ignored by every loader) is overwritten at
/// <see cref="StampOffset"/> with <see cref="Magic"/>, the format version (u32) and the image's
/// length (i32);</item>
/// <item>the body;</item>
/// <item>the SHA-256 of everything before it (32 bytes).</item>
/// </list>
/// The body holds the WasmSharp version, the WebAssembly features (u64), the code settings (count,
/// then key and value strings), and the CPU features (strings are a u32 byte length and UTF-8); the
/// module's bytes (u32 length and bytes); and a code flag (u8), 1 exactly when the artifact starts
/// with an image, followed then by the runtime's module version id (16 bytes), the image's
/// assembly's module version id (16 bytes), the SIMD constants (count, then two u64 each), the region
/// method names, per compiled method its code sites (position, module offset, callee), statement
/// starts, and whether it records its sites (u8; see <see cref="CodeSites"/>), and the defined
/// functions in their likely first-call order (count, then an i32 each).
/// Reading checks magic, version and checksum before anything else, and every length against what
/// is left, so a truncated or damaged file is reported as such and never reaches the decoder or
/// the assembly loader.
/// </summary>
internal static class ArtifactFormat
{
    /// <summary>The first bytes of an artifact without code (a binary module starts <c>\0asm</c>, so they never collide), and the stamp of one with code.</summary>
    public static ReadOnlySpan<byte> Magic => "\0wasmsharp-cwasm"u8;

    /// <summary>The layout version; a file of another version is refused as incompatible.</summary>
    public const uint FormatVersion = 6;

    /// <summary>Where the stamp lies in the DOS stub of an artifact that starts with its image.</summary>
    public const int StampOffset = 0x40;

    // The stamp: magic, format version, image length.
    private const int StampLength = 16 + sizeof(uint) + sizeof(int);

    private const int ChecksumLength = 32;

    /// <summary>Whether <paramref name="bytes"/> start like an artifact (<c>Engine::detect_precompiled</c>); the first <see cref="StampOffset"/> + 16 bytes are enough.</summary>
    public static bool LooksLikeArtifact(ReadOnlySpan<byte> bytes) => bytes.StartsWith(Magic) || StartsWithImage(bytes);

    private static bool StartsWithImage(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("MZ"u8) && bytes.Length >= StampOffset + Magic.Length && bytes.Slice(StampOffset, Magic.Length).SequenceEqual(Magic);

    /// <summary>The bytes of <paramref name="artifact"/>.</summary>
    /// <exception cref="IOException">The artifact's image is in a file that cannot be read.</exception>
    /// <exception cref="WasmSerializationException">The artifact's image is in a file that changed since it was read.</exception>
    public static byte[] Write(Artifact artifact)
    {
        ArraySegment<byte> image = artifact.Code?.Code.Image.ReadBytes() ?? default;
        using var stream = new MemoryStream(artifact.ModuleBytes.Length + image.Count + 256);
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            if (artifact.Code is null)
            {
                writer.Write(Magic);
                writer.Write(FormatVersion);
            }
            else
            {
                writer.Write(image);
                Stamp(stream.GetBuffer().AsSpan(0, image.Count));
            }

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
                writer.Write(saved.Code.Image.ModuleVersionId.ToByteArray());
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

    // Writes the stamp into the DOS stub of `image`, between the DOS header and the PE header.
    private static void Stamp(Span<byte> image)
    {
        if (!image.StartsWith("MZ"u8) || image.Length < StampOffset + StampLength || BinaryPrimitives.ReadInt32LittleEndian(image[0x3C..]) < StampOffset + StampLength)
        {
            throw new InvalidOperationException("The saved assembly image has no DOS stub to stamp.");
        }

        Magic.CopyTo(image[StampOffset..]);
        BinaryPrimitives.WriteUInt32LittleEndian(image[(StampOffset + Magic.Length)..], FormatVersion);
        BinaryPrimitives.WriteInt32LittleEndian(image[(StampOffset + Magic.Length + sizeof(uint))..], image.Length);
    }

    /// <summary>Reads the artifact in <paramref name="bytes"/> (its image, if any, is copied).</summary>
    /// <exception cref="WasmSerializationException">The bytes are not an artifact of this format, or are truncated or corrupted.</exception>
    public static Artifact Read(ReadOnlySpan<byte> bytes)
    {
        int bodyStart = ReadStart(bytes, out bool startsWithImage);
        if (bytes.Length < bodyStart + ChecksumLength)
        {
            throw Truncated();
        }

        ReadOnlySpan<byte> checkedBytes = bytes[..^ChecksumLength];
        Span<byte> hash = stackalloc byte[ChecksumLength];
        SHA256.HashData(checkedBytes, hash);
        if (!hash.SequenceEqual(bytes[^ChecksumLength..]))
        {
            throw Corrupted();
        }

        byte[]? image = startsWithImage ? bytes[..bodyStart].ToArray() : null;
        return ReadBody(checkedBytes[bodyStart..], startsWithImage, id => Compilation.AssemblyImage.InMemory(image!, id));
    }

    /// <summary>
    /// Reads the artifact in the file <paramref name="path"/>. The file is read once, through its
    /// checksum; the image at its start is copied to a private file as it is read, for the runtime
    /// to map (<see cref="Compilation.AssemblyImageWriter"/>), rather than kept in memory.
    /// </summary>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="WasmSerializationException">The file is not an artifact of this format, or is truncated or corrupted.</exception>
    public static Artifact ReadFile(string path)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        byte[] start = new byte[StampOffset + StampLength];
        int started = file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false);
        int imageLength = ReadStart(start.AsSpan(0, started), out bool startsWithImage);
        if (!startsWithImage)
        {
            // Without code, the artifact is the module's bytes and little more: read it whole.
            if (file.Length > Array.MaxLength)
            {
                throw Malformed();
            }

            byte[] bytes = new byte[file.Length];
            start.AsSpan(0, started).CopyTo(bytes);
            if (file.ReadAtLeast(bytes.AsSpan(started), bytes.Length - started, throwOnEndOfStream: false) != bytes.Length - started)
            {
                throw Truncated();
            }

            return Read(bytes);
        }

        long bodyLength = file.Length - imageLength - ChecksumLength;
        if (bodyLength < 0 || bodyLength > Array.MaxLength)
        {
            throw bodyLength < 0 ? Truncated() : Malformed();
        }

        // The image is copied as it is checked, and only the copy is loaded (AssemblyImageWriter).
        using var image = new Compilation.AssemblyImageWriter(imageLength);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(start, 0, started);
        image.Write(start.AsSpan(0, started));
        byte[] buffer = new byte[1 << 20];
        for (long left = imageLength - started; left > 0;)
        {
            int read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw Truncated();
            }

            hash.AppendData(buffer, 0, read);
            image.Write(buffer.AsSpan(0, read));
            left -= read;
        }

        byte[] body = new byte[bodyLength];
        byte[] checksum = new byte[ChecksumLength];
        if (file.ReadAtLeast(body, body.Length, throwOnEndOfStream: false) != body.Length || file.ReadAtLeast(checksum, checksum.Length, throwOnEndOfStream: false) != checksum.Length)
        {
            throw Truncated();
        }

        hash.AppendData(body);
        if (!hash.GetHashAndReset().AsSpan().SequenceEqual(checksum))
        {
            throw Corrupted();
        }

        return ReadBody(body, startsWithImage: true, id => image.Finish(path, id));
    }

    // Checks the magic and version at the start of `bytes` and returns where the body starts.
    private static int ReadStart(ReadOnlySpan<byte> bytes, out bool startsWithImage)
    {
        if (!LooksLikeArtifact(bytes))
        {
            throw new WasmSerializationException("not a precompiled WasmSharp module (expected a file made by `wasmsharp compile` or Module.Serialize)");
        }

        startsWithImage = !bytes.StartsWith(Magic);
        int versionAt = startsWithImage ? StampOffset + Magic.Length : Magic.Length;
        if (bytes.Length < versionAt + sizeof(uint))
        {
            throw Truncated();
        }

        uint version = BinaryPrimitives.ReadUInt32LittleEndian(bytes[versionAt..]);
        if (version != FormatVersion)
        {
            throw new WasmSerializationException($"Module was compiled with incompatible precompiled-module format version {version} (this WasmSharp reads version {FormatVersion})");
        }

        if (!startsWithImage)
        {
            return versionAt + sizeof(uint);
        }

        if (bytes.Length < versionAt + 2 * sizeof(uint))
        {
            throw Truncated();
        }

        int imageLength = BinaryPrimitives.ReadInt32LittleEndian(bytes[(versionAt + sizeof(uint))..]);
        return imageLength >= StampOffset + StampLength ? imageLength : throw Malformed();
    }

    // The body (see the summary); `image` makes the image of the assembly with the given module version id.
    private static Artifact ReadBody(ReadOnlySpan<byte> body, bool startsWithImage, Func<Guid, Compilation.AssemblyImage> image)
    {
        var reader = new ArtifactReader(body, 0);
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
            case 0 when !startsWithImage:
                break;
            case 1 when startsWithImage:
                var runtime = new Guid(reader.ReadSpan(16));
                var assembly = new Guid(reader.ReadSpan(16));
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
                code = new SavedCode(runtime, new Compilation.PersistedCode(image(assembly), simd, regions, sites, callOrder));
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

    /// <summary>The error for an artifact whose checksum does not match its contents.</summary>
    public static WasmSerializationException Corrupted() => new("precompiled module is truncated or corrupted: its SHA-256 checksum does not match its contents");

    /// <summary>The error for an artifact whose checksum matches but whose layout does not (written by a broken writer).</summary>
    public static WasmSerializationException Malformed() => new("precompiled module is malformed");

    private static void WriteString(BinaryWriter writer, string value) => WriteBytes(writer, Encoding.UTF8.GetBytes(value));

    private static void WriteBytes(BinaryWriter writer, ReadOnlySpan<byte> value)
    {
        writer.Write(value.Length);
        writer.Write(value);
    }
}
