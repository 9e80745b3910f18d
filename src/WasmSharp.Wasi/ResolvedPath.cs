namespace WasmSharp.Wasi;

/// <summary>
/// A guest path resolved inside its sandbox: an existing host directory plus the final name
/// (<c>.</c> for the directory itself). The trailing slash is kept because POSIX gives it meaning.
/// </summary>
internal readonly record struct ResolvedPath(string ParentHost, string Name, bool TrailingSlash)
{
    /// <summary>The host path to hand to the OS, with the guest's trailing slash preserved.</summary>
    public string HostPath => Path.Join(ParentHost, Name) + (TrailingSlash ? "/" : string.Empty);

    /// <summary>The host path without a trailing slash, for .NET APIs that reject one.</summary>
    public string PlainHostPath => Name == "." ? ParentHost : Path.Join(ParentHost, Name);
}
