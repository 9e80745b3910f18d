namespace WasmSharp.Serialization;

/// <summary>
/// One entry of the on-disk compilation cache (<see cref="Config.CacheDirectory"/>, like Wasmtime's
/// <c>wasmtime-cache</c>): the artifact of a module under <c>DIR/modules/KEY.cwasm</c>, where the
/// key hashes the module's bytes with everything its code depends on. Entries are written to a
/// temporary file and renamed into place, so a concurrent process reads a whole entry or none. A
/// damaged or unreadable entry is a miss, and is replaced; a cache that cannot be written is skipped:
/// a cache never makes module creation fail.
/// </summary>
internal sealed class CompilationCache(string directory, string key)
{
    private readonly string _folder = Path.Combine(directory, "modules");

    /// <summary>The entry's file.</summary>
    public string EntryPath => Path.Combine(_folder, key + ".cwasm");

    /// <summary>The entry's artifact, or null when there is none or it cannot be read as one.</summary>
    public Artifact? TryRead()
    {
        try
        {
            return ArtifactFormat.ReadFile(EntryPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or WasmSerializationException)
        {
            return null;
        }
    }

    /// <summary>Stores <paramref name="artifact"/> as the entry, atomically; skipped when the folder is not writable.</summary>
    public void Write(byte[] artifact)
    {
        string temporary = Path.Combine(_folder, $"{key}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(_folder);
            File.WriteAllBytes(temporary, artifact);
            File.Move(temporary, EntryPath, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next cleanup of the folder; the entry itself is unaffected.
        }
    }
}
