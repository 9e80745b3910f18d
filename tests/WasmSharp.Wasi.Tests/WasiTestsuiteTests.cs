using System.Text;
using System.Text.Json;
using WasmSharp.Wasi;

namespace WasmSharp.Wasi.Tests;

/// <summary>
/// Runs every wasm32-wasip1 program of WebAssembly/wasi-testsuite through the public API
/// (<see cref="Linker{T}"/> + <see cref="WasiLinkerExtensions.DefineWasi{T}"/>) and checks exit
/// code, stdout and stderr against its json; each run gets a fresh temporary copy of the folders
/// it preopens, because the programs write into them.
/// </summary>
public sealed class WasiTestsuiteTests
{
    private static readonly Engine s_engine = new();

    public static IEnumerable<object[]> Programs() => WasiSuite.Programs();

    [WasiSuiteTheory]
    [MemberData(nameof(Programs))]
    public void Program(string relativePath)
    {
        string wasm = Path.Combine(WasiSuite.Root!, relativePath);
        string folder = Path.GetDirectoryName(wasm)!;
        string name = Path.GetFileNameWithoutExtension(wasm);
        string jsonPath = Path.Combine(folder, name + ".json");
        using JsonDocument? json = File.Exists(jsonPath) ? JsonDocument.Parse(File.ReadAllText(jsonPath)) : null;
        JsonElement spec = json?.RootElement ?? default;

        string temp = Directory.CreateTempSubdirectory("wasi-suite-").FullName;
        try
        {
            var stdout = new MemoryStream();
            var stderr = new MemoryStream();
            var config = new WasiConfig().Arg(name + ".wasm").Stdout(stdout).Stderr(stderr);
            if (json is not null)
            {
                if (spec.TryGetProperty("args", out JsonElement args))
                {
                    config.Args(args.EnumerateArray().Select(a => a.GetString()!));
                }

                if (spec.TryGetProperty("env", out JsonElement env))
                {
                    foreach (JsonProperty variable in env.EnumerateObject())
                    {
                        config.Env(variable.Name, variable.Value.GetString()!);
                    }
                }

                if (spec.TryGetProperty("root", out JsonElement root))
                {
                    config.PreopenedDir(CopyFolder(folder, root.GetString()!, temp), "/");
                }

                if (spec.TryGetProperty("dirs", out JsonElement dirs))
                {
                    foreach (JsonElement dir in dirs.EnumerateArray())
                    {
                        config.PreopenedDir(CopyFolder(folder, dir.GetString()!, temp), dir.GetString()!);
                    }
                }
            }

            int exitCode = 0;
            using (WasiContext context = config.Build())
            {
                var store = new Store<WasiContext>(s_engine, context);
                var linker = new Linker<WasiContext>(s_engine);
                linker.DefineWasi();
                Module module = Module.FromFile(s_engine, wasm);
                Instance instance = linker.Instantiate(store, module);
                Func start = instance.GetFunc(store, "_start") ?? throw new InvalidOperationException("no _start export");
                try
                {
                    start.Call(store, ReadOnlySpan<Val>.Empty, Span<Val>.Empty);
                }
                catch (Exception e) when (FindExit(e) is { } exit)
                {
                    exitCode = exit.Code;
                }
            }

            string stdoutText = Encoding.UTF8.GetString(stdout.ToArray());
            string stderrText = Encoding.UTF8.GetString(stderr.ToArray());
            int expectedExit = json is not null && spec.TryGetProperty("exit_code", out JsonElement code) ? code.GetInt32() : 0;
            Assert.True(expectedExit == exitCode, $"exit code {exitCode}, expected {expectedExit}\nstdout: {stdoutText}\nstderr: {stderrText}");
            if (json is not null && spec.TryGetProperty("stdout", out JsonElement expectedStdout))
            {
                Assert.Equal(expectedStdout.GetString(), stdoutText);
            }

            if (json is not null && spec.TryGetProperty("stderr", out JsonElement expectedStderr))
            {
                Assert.Equal(expectedStderr.GetString(), stderrText);
            }
        }
        finally
        {
            MakeWritable(temp);
            Directory.Delete(temp, recursive: true);
        }
    }

    private static WasiExit? FindExit(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is WasiExit exit)
            {
                return exit;
            }
        }

        return null;
    }

    /// <summary>Copies <paramref name="relative"/> under <paramref name="temp"/>, writable, and returns the copy.</summary>
    private static string CopyFolder(string folder, string relative, string temp)
    {
        string source = Path.Combine(folder, relative);
        string target = Path.Combine(temp, relative);
        Copy(new DirectoryInfo(source), target);
        return target;
    }

    private static void Copy(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (FileSystemInfo entry in source.EnumerateFileSystemInfos())
        {
            string destination = Path.Combine(target, entry.Name);
            if (entry.LinkTarget is { } link)
            {
                File.CreateSymbolicLink(destination, link);
            }
            else if (entry is DirectoryInfo dir)
            {
                Copy(dir, destination);
            }
            else
            {
                File.Copy(entry.FullName, destination);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(destination, File.GetUnixFileMode(destination) | UnixFileMode.UserWrite | UnixFileMode.UserRead);
                }
            }
        }
    }

    private static void MakeWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (string dir in Directory.EnumerateDirectories(path, "*", SearchOption.AllDirectories))
        {
            if (new DirectoryInfo(dir).LinkTarget is null)
            {
                File.SetUnixFileMode(dir, File.GetUnixFileMode(dir) | UnixFileMode.UserWrite | UnixFileMode.UserRead | UnixFileMode.UserExecute);
            }
        }
    }
}
