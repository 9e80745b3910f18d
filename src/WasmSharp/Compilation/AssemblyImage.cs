using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;

namespace WasmSharp.Compilation;

/// <summary>
/// The image of the assembly that holds a saved module's code (<see cref="PersistedCode"/>): bytes
/// in memory, or, for an artifact read from a file, a private copy in the temporary folder that the
/// runtime maps when it loads it (<see cref="AssemblyLoadContext.LoadFromAssemblyPath"/>), where
/// from memory it copies the whole image first (Yosys: 107 MB, 134-169 ms for that copy alone). An
/// artifact with code starts with this image (<see cref="Serialization.ArtifactFormat"/>), so the
/// copy is written as the artifact is read and checked (<see cref="AssemblyImageWriter"/>).
/// </summary>
internal sealed class AssemblyImage
{
    private readonly ArraySegment<byte> _bytes;
    private readonly string? _artifactFile;
    private string? _stagedFile;

    private AssemblyImage(ArraySegment<byte> bytes, string? artifactFile, string? stagedFile, int length, Guid moduleVersionId)
    {
        _bytes = bytes;
        _artifactFile = artifactFile;
        _stagedFile = stagedFile;
        Length = length;
        ModuleVersionId = moduleVersionId;
        if (stagedFile is null)
        {
            GC.SuppressFinalize(this);
        }
    }

    // A staged copy that was never loaded nor released is deleted when its image is collected.
    ~AssemblyImage() => DeleteStagedFile();

    /// <summary>The private copy of the image made as its artifact file was read, until it is loaded or released.</summary>
    public string? StagedFile => Volatile.Read(ref _stagedFile);

    /// <summary>The image's length in bytes.</summary>
    public int Length { get; }

    /// <summary>The module version id of the assembly in the image, which tells it apart from any other.</summary>
    public Guid ModuleVersionId { get; }

    /// <summary>The image <see cref="ModuleCompiler"/> just saved.</summary>
    public static AssemblyImage Saved(byte[] bytes) => new(bytes, null, null, bytes.Length, ReadModuleVersionId(bytes));

    /// <summary>An image in memory, which nothing writes to any more, holding the assembly <paramref name="moduleVersionId"/>.</summary>
    public static AssemblyImage InMemory(ArraySegment<byte> bytes, Guid moduleVersionId) => new(bytes, null, null, bytes.Count, moduleVersionId);

    /// <summary>
    /// The image at the start of the artifact file <paramref name="artifactPath"/>, whose checksum has
    /// been verified, copied to the private file <paramref name="stagedPath"/>; it holds the assembly
    /// <paramref name="moduleVersionId"/>.
    /// </summary>
    public static AssemblyImage InFile(string artifactPath, string stagedPath, int length, Guid moduleVersionId) =>
        new(default, Path.GetFullPath(artifactPath), stagedPath, length, moduleVersionId);

    /// <summary>The image's bytes (read from the artifact file again, for an image read from a file).</summary>
    /// <exception cref="WasmSerializationException">The artifact file no longer holds the image.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public ArraySegment<byte> ReadBytes()
    {
        if (_artifactFile is null)
        {
            return _bytes;
        }

        byte[] bytes = new byte[Length];
        using (FileStream file = File.OpenRead(_artifactFile))
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
    /// Loads the assembly into a context made by <paramref name="createContext"/>: mapped from the
    /// staged copy, which is then deleted (the mapping keeps its pages; no other process can reach
    /// them), or copied from memory.
    /// </summary>
    /// <exception cref="WasmSerializationException">The image is loaded again and its artifact file no longer holds it.</exception>
    /// <exception cref="IOException">The artifact file cannot be read again.</exception>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The saved assembly is WasmSharp's own output, loaded as is; the trimmer never sees it.")]
    public Assembly Load(Func<AssemblyLoadContext> createContext)
    {
        if (Interlocked.Exchange(ref _stagedFile, null) is string staged)
        {
            Assembly assembly;
            try
            {
                assembly = createContext().LoadFromAssemblyPath(staged);
            }
            finally
            {
                Delete(staged);
            }

            GC.SuppressFinalize(this);
            return assembly.ManifestModule.ModuleVersionId == ModuleVersionId
                ? assembly
                : throw new InvalidOperationException("The staged image holds another assembly than the artifact it was copied from.");
        }

        // Loaded again (the staged copy is gone), or in memory from the start.
        ArraySegment<byte> bytes = ReadBytes();
        using var image = new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false);
        return createContext().LoadFromStream(image);
    }

    /// <summary>Deletes the staged copy if it has not been loaded: the artifact was refused, or its code is not run.</summary>
    public void ReleaseStagedFile()
    {
        DeleteStagedFile();
        GC.SuppressFinalize(this);
    }

    private void DeleteStagedFile()
    {
        if (Interlocked.Exchange(ref _stagedFile, null) is string staged)
        {
            Delete(staged);
        }
    }

    // The copy is this process's own; a copy that cannot be deleted (its folder made read-only
    // since) stays behind in the temporary folder, and the module is not the worse for it.
    private static void Delete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private WasmSerializationException Changed() => new($"precompiled module file `{_artifactFile}` changed after it was read");

    private static Guid ReadModuleVersionId(ArraySegment<byte> image)
    {
        using var pe = new PEReader(new MemoryStream(image.Array!, image.Offset, image.Count, writable: false));
        MetadataReader metadata = pe.GetMetadataReader();
        return metadata.GetGuid(metadata.GetModuleDefinition().Mvid);
    }
}
