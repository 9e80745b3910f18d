namespace WasmSharp.Cli.Options;

/// <summary>
/// The cache configuration file of <c>-C cache-config=PATH</c>, in Wasmtime's format: TOML with a
/// <c>[cache]</c> section. WasmSharp reads <c>directory</c> (the cache folder; relative to the
/// file's folder) and <c>enabled</c> (older Wasmtime's switch, which must be true); Wasmtime's
/// keys for its background cleanup and compression are "not supported".
/// </summary>
internal static class CacheConfigFile
{
    private static readonly string[] s_wasmtimeKeys =
    [
        "worker-event-queue-size", "baseline-compression-level", "optimized-compression-level",
        "optimized-compression-usage-counter-threshold", "cleanup-interval", "optimizing-compression-task-timeout",
        "allowed-clock-drift-for-files-from-future", "file-count-soft-limit", "files-total-size-soft-limit",
        "file-count-limit-percent-if-deleting", "files-total-size-limit-percent-if-deleting",
    ];

    /// <summary>The cache folder the file at <paramref name="path"/> names, or the default one.</summary>
    /// <exception cref="UsageException">The file is unreadable, malformed, disables the cache, or sets a key WasmSharp does not support.</exception>
    public static string ReadDirectory(string path)
    {
        string[] lines = ConfigFile.ReadLines(path, "cache config file");

        string? directory = null;
        bool inCache = false;
        for (int number = 1; number <= lines.Length; number++)
        {
            string line = ConfigFile.StripComment(lines[number - 1]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('['))
            {
                inCache = line == "[cache]";
                if (!inCache)
                {
                    throw Error(path, number, $"unknown section {line}: expected [cache]");
                }

                continue;
            }

            int equals = line.IndexOf('=');
            if (equals <= 0 || !inCache)
            {
                throw Error(path, number, "expected `key = value` in the [cache] section");
            }

            string key = line[..equals].Trim();
            string value;
            try
            {
                value = ConfigFile.Values(line[(equals + 1)..].Trim()).Single();
            }
            catch (FormatException e)
            {
                throw Error(path, number, e.Message);
            }

            switch (key)
            {
                case "directory":
                    directory = Path.GetFullPath(value, Path.GetDirectoryName(Path.GetFullPath(path))!);
                    break;
                case "enabled" when value == "true":
                    break;
                case "enabled":
                    throw Error(path, number, "`enabled = false`: use -C cache=n to turn the cache off");
                default:
                    throw Error(path, number, s_wasmtimeKeys.Contains(key) ? $"not supported: {key}" : $"unknown key `{key}`");
            }
        }

        return directory ?? Config.DefaultCacheDirectory;
    }

    private static UsageException Error(string path, int line, string message) =>
        new($"cache config file `{path}`: line {line}: {message}");
}
