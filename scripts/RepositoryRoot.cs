namespace WasmSharp.Generators;

/// <summary>Finds the repository the generator scripts write into (shared by the scripts/* projects).</summary>
internal static class RepositoryRoot
{
    /// <summary>The folder given as the only argument, else the nearest folder above the working directory holding WasmSharp.slnx.</summary>
    public static string Find(string[] args)
    {
        if (args.Length > 0)
        {
            return args[0];
        }

        for (DirectoryInfo? dir = new(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "WasmSharp.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("no WasmSharp.slnx above the working directory; pass the repository root");
    }
}
