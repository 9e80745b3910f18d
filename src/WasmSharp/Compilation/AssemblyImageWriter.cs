namespace WasmSharp.Compilation;

/// <summary>
/// Keeps the image of an artifact that is being read from a file, chunk by chunk as its checksum is
/// computed, where the runtime can load it from: a file of its own in the temporary folder, which
/// the runtime maps (<see cref="AssemblyImage.Load"/>) and which is deleted once loaded, or, where
/// no such file can be made (Windows, whose loader locks a mapped file; a temporary folder that is
/// full or read-only), memory. The artifact's own file is never mapped: a process that wrote into
/// it while it was mapped would end this one (SIGBUS), and the copy is the very bytes that were
/// checked.
/// </summary>
internal sealed class AssemblyImageWriter : IDisposable
{
    private readonly int _length;
    private readonly string? _path;
    private FileStream? _file;
    private readonly byte[]? _bytes;
    private int _written;

    /// <summary>Prepares to receive an image of <paramref name="length"/> bytes.</summary>
    public AssemblyImageWriter(int length)
    {
        _length = length;
        if (!OperatingSystem.IsWindows())
        {
            string path = Path.Combine(Path.GetTempPath(), $"wasmsharp-{Guid.NewGuid():N}.dll");
            try
            {
                // Allocated up front, so that a full disk shows here rather than halfway through;
                // readable and writable by this user only, and never an existing file (O_EXCL).
                _file = new FileStream(path, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    Share = FileShare.Read,
                    PreallocationSize = length,
                    BufferSize = 0,
                    UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
                });
                _path = path;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No file can be made there: keep the image in memory instead, as on Windows.
                File.Delete(path);
            }
        }

        if (_file is null)
        {
            _bytes = new byte[length];
        }
    }

    /// <summary>Appends the next <paramref name="chunk"/> of the image.</summary>
    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (_file is not null)
        {
            _file.Write(chunk);
        }
        else
        {
            chunk.CopyTo(_bytes.AsSpan(_written));
        }

        _written += chunk.Length;
    }

    /// <summary>The image, all of it written, of the assembly <paramref name="moduleVersionId"/> from the artifact file <paramref name="artifactPath"/>.</summary>
    public AssemblyImage Finish(string artifactPath, Guid moduleVersionId)
    {
        if (_written != _length)
        {
            throw new InvalidOperationException("The image is not complete.");
        }

        if (_file is null)
        {
            return AssemblyImage.InMemory(_bytes!, moduleVersionId);
        }

        _file.Dispose();
        _file = null;
        return AssemblyImage.InFile(artifactPath, _path!, _length, moduleVersionId);
    }

    /// <summary>Deletes the file of an image that was not finished.</summary>
    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
            _file = null;
            File.Delete(_path!);
        }
    }
}
