namespace WasmSharp.Wasi;

/// <summary>
/// Resolves guest paths inside a directory capability, one component at a time, the way
/// cap-std does for Wasmtime: absolute paths, <c>..</c> above the directory and symlinks that
/// lead out are refused with <c>perm</c>; symlinks are expanded here (at most
/// <see cref="MaxSymlinks"/>, else <c>loop</c>) so the host never follows one on our behalf.
/// </summary>
internal static class PathResolver
{
    public const int MaxSymlinks = 40;

    /// <summary>The absolute host path of a directory with every symlink in it resolved.</summary>
    public static string CanonicalDirectory(string hostPath)
    {
        string full = Path.GetFullPath(hostPath);
        string root = Path.GetPathRoot(full) ?? "/";
        string current = root;
        foreach (string part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            string next = Path.Join(current, part);
            var info = new DirectoryInfo(next);
            if (info.LinkTarget is not null)
            {
                FileSystemInfo? target = info.ResolveLinkTarget(returnFinalTarget: true);
                next = target is null ? next : CanonicalDirectory(target.FullName);
            }

            current = next;
        }

        return current;
    }

    /// <summary>The longest path component, in bytes, a Linux file system takes (NAME_MAX).</summary>
    private const int MaxNameBytes = 255;

    /// <summary>
    /// Resolves <paramref name="path"/> relative to <paramref name="dir"/>. Every component but
    /// the last must exist; the last may not (so that create operations can use it). A final
    /// symlink is followed only when <paramref name="followFinal"/> is set.
    /// </summary>
    public static ResolvedPath Resolve(DirFd dir, string path, bool followFinal)
    {
        if (path.Length == 0)
        {
            throw new WasiErrnoException(Errno.Noent);
        }

        if (path.Contains('\0'))
        {
            // wasmtime-wasi hands the path to cap-std/rustix, whose C-string conversion fails
            // with EINVAL (rustix path::Arg) before any system call.
            throw new WasiErrnoException(Errno.Inval);
        }

        if (path[0] == '/')
        {
            throw new WasiErrnoException(Errno.Perm);
        }

        bool trailingSlash = path.EndsWith('/');
        var queue = new LinkedList<string>(path.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var stack = new List<string>();
        int symlinks = 0;
        while (queue.First is { } node)
        {
            string part = node.Value;
            queue.RemoveFirst();
            bool isLast = queue.First is null;
            string current = Join(dir.HostPath, stack);
            if (part == ".")
            {
                if (isLast)
                {
                    return new ResolvedPath(current, ".", trailingSlash);
                }

                continue;
            }

            if (part == "..")
            {
                if (stack.Count == 0)
                {
                    throw new WasiErrnoException(Errno.Perm);
                }

                stack.RemoveAt(stack.Count - 1);
                if (isLast)
                {
                    return new ResolvedPath(Join(dir.HostPath, stack), ".", trailingSlash);
                }

                continue;
            }

            if (System.Text.Encoding.UTF8.GetByteCount(part) > MaxNameBytes)
            {
                // The host's lookup of such a component fails with ENAMETOOLONG whether or not
                // anything precedes it, which wasmtime-wasi reports as is; the managed existence
                // check below would call it missing.
                throw new WasiErrnoException(Errno.Nametoolong);
            }

            string candidate = Path.Join(current, part);
            WasiFileType? type = HostFs.LinkType(candidate);
            if (type is null)
            {
                if (isLast)
                {
                    return new ResolvedPath(current, part, trailingSlash);
                }

                throw new WasiErrnoException(Errno.Noent);
            }

            if (type == WasiFileType.SymbolicLink && (!isLast || followFinal || trailingSlash))
            {
                if (isLast && !followFinal)
                {
                    // A trailing slash makes the host look through the link; make sure what it
                    // finds is inside the sandbox, but still operate on the link itself.
                    Resolve(dir, path, followFinal: true);
                    return new ResolvedPath(current, part, trailingSlash);
                }

                if (++symlinks > MaxSymlinks)
                {
                    throw new WasiErrnoException(Errno.Loop);
                }

                string target = HostFs.ReadLink(candidate) ?? throw new WasiErrnoException(Errno.Noent);
                if (target.Length == 0)
                {
                    throw new WasiErrnoException(Errno.Noent);
                }

                if (target[0] == '/')
                {
                    throw new WasiErrnoException(Errno.Perm);
                }

                if (isLast && target.EndsWith('/'))
                {
                    trailingSlash = true;
                }

                string[] expansion = target.Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (expansion.Length == 0)
                {
                    expansion = ["."];
                }

                for (int i = expansion.Length - 1; i >= 0; i--)
                {
                    queue.AddFirst(expansion[i]);
                }

                continue;
            }

            if (isLast)
            {
                return new ResolvedPath(current, part, trailingSlash);
            }

            if (type != WasiFileType.Directory)
            {
                throw new WasiErrnoException(Errno.Notdir);
            }

            stack.Add(part);
        }

        // Only separators ("///" is not absolute here because it was rejected above): the dir itself.
        return new ResolvedPath(dir.HostPath, ".", trailingSlash);
    }

    private static string Join(string root, List<string> parts) =>
        parts.Count == 0 ? root : Path.Join(root, string.Join('/', parts));
}
