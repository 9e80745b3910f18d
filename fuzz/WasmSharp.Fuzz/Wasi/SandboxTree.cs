namespace WasmSharp.Fuzz.Wasi;

/// <summary>The sandbox directory every WASI guest starts from, and a comparable listing of what it became.</summary>
internal static class SandboxTree
{
    /// <summary>Creates the sandbox at <paramref name="root"/> (emptied first).</summary>
    public static void Create(string root)
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        Directory.CreateDirectory(Path.Combine(root, "dir"));
        Directory.CreateDirectory(Path.Combine(root, "empty"));
        File.WriteAllText(Path.Combine(root, "file.txt"), "hello from the sandbox\n");
        File.WriteAllText(Path.Combine(root, "dir", "inner.txt"), "inner\n");
        File.CreateSymbolicLink(Path.Combine(root, "link"), "file.txt");
        File.CreateSymbolicLink(Path.Combine(root, "dangling"), "nowhere");
    }

    /// <summary>Every entry under <paramref name="root"/>: relative path, kind, and size or link target (not times).</summary>
    public static IReadOnlyList<string> List(string root)
    {
        var entries = new List<string>();
        foreach (string path in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var info = new FileInfo(path);
            string relative = Path.GetRelativePath(root, path);
            entries.Add(info.LinkTarget is string target ? $"{relative} -> {target}"
                : Directory.Exists(path) ? $"{relative}/"
                : $"{relative} ({info.Length} bytes)");
        }

        entries.Sort(StringComparer.Ordinal);
        return entries;
    }
}
