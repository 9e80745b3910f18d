using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace WasmSharp.Compilation;

/// <summary>
/// The image of the assembly that holds a saved module's code (<see cref="PersistedCode"/>): bytes
/// in memory, or the first <see cref="Length"/> bytes of an artifact file. An artifact with code
/// starts with this image (<see cref="Serialization.ArtifactFormat"/>), so that the runtime can load
/// it from the file by mapping it (<see cref="AssemblyLoadContext.LoadFromAssemblyPath"/>), where
/// from memory it copies the image first (Yosys: 107 MB, 134-169 ms for the copy alone).
/// </summary>
internal sealed class AssemblyImage
{
    private readonly ArraySegment<byte> _bytes;
    private readonly string? _file;

    private AssemblyImage(ArraySegment<byte> bytes, string? file, int length, Guid moduleVersionId)
    {
        _bytes = bytes;
        _file = file;
        Length = length;
        ModuleVersionId = moduleVersionId;
    }

    /// <summary>The image's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The module version id of the assembly in the image, which tells it apart from any other.</summary>
    public Guid ModuleVersionId { get; }

    /// <summary>The image <see cref="ModuleCompiler"/> just saved.</summary>
    public static AssemblyImage Saved(byte[] bytes) => new(bytes, null, bytes.Length, ReadModuleVersionId(bytes));

    /// <summary>An image in memory, which nothing writes to any more, holding the assembly <paramref name="moduleVersionId"/>.</summary>
    public static AssemblyImage InMemory(ArraySegment<byte> bytes, Guid moduleVersionId) => new(bytes, null, bytes.Count, moduleVersionId);

    /// <summary>The first <paramref name="length"/> bytes of the file <paramref name="path"/>, whose checksum has been verified, holding the assembly <paramref name="moduleVersionId"/>.</summary>
    public static AssemblyImage InFile(string path, int length, Guid moduleVersionId) => new(default, Path.GetFullPath(path), length, moduleVersionId);

    /// <summary>The image's bytes (read from its file again, for an image in a file).</summary>
    /// <exception cref="WasmSerializationException">The file no longer holds the image.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ArraySegment<byte> ReadBytes()
    {
        if (_file is null)
        {
            return _bytes;
        }

        byte[] bytes = new byte[Length];
        using (FileStream file = File.OpenRead(_file))
        {
            if (file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false) != bytes.Length)
            {
                throw Changed();
            }
        }

        Guid id;
        try
        {
            id = ReadModuleVersionId(bytes);
        }
        catch (BadImageFormatException)
        {
            throw Changed();
        }

        return id == ModuleVersionId ? bytes : throw Changed();
    }

    /// <summary>
    /// Loads the assembly into a context made by <paramref name="createContext"/>: mapped from its
    /// file, or copied from memory. The runtime keeps one image per path while any context holds
    /// it, so loading a file that was replaced since a module of its old contents was loaded in this
    /// process gets the old image: then the assembly is loaded from a copy read from the file instead.
    /// </summary>
    /// <exception cref="WasmSerializationException">The file no longer holds the image that was checked.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The saved assembly is WasmSharp's own output, loaded as is; the trimmer never sees it.")]
    public Assembly Load(Func<AssemblyLoadContext> createContext)
    {
        if (_file is not null)
        {
            AssemblyLoadContext mapped = createContext();
            try
            {
                Assembly assembly = mapped.LoadFromAssemblyPath(_file);
                if (assembly.ManifestModule.ModuleVersionId == ModuleVersionId)
                {
                    return assembly;
                }
            }
            catch (BadImageFormatException)
            {
                // Replaced since it was checked by something that is not an assembly; ReadBytes says so.
            }

            mapped.Unload();
        }

        // ReadBytes checks that the file still holds the image whose checksum was verified.
        ArraySegment<byte> bytes = ReadBytes();
        using var image = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        return createContext().LoadFromStream(image);
    }

    private WasmSerializationException Changed() => new($"precompiled module file `{_file}` changed after it was read");

    private static Guid ReadModuleVersionId(ArraySegment<byte> image)
    {
        using var pe = new PEReader(new MemoryStream(image.Array!, image.Offset, image.Count, writable: false));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
