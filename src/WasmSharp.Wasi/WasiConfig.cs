using System.Collections;
using System.Diagnostics;
using System.Net.Sockets;

namespace WasmSharp.Wasi;

/// <summary>
/// Describes the world a WASI guest sees: arguments, environment, stdio, preopened directories
/// and sockets, clocks and randomness. The counterpart of Wasmtime's
/// <c>wasmtime_wasi::WasiCtxBuilder</c>; <see cref="Build"/> turns it into a <see cref="WasiContext"/>.
/// By default the guest gets no arguments, no environment, empty stdin, discarded stdout and
/// stderr, no directories, the host's real clocks and a cryptographic random source.
/// </summary>
public sealed class WasiConfig
{
    private readonly List<string> _args = new();
    private readonly List<KeyValuePair<string, string>> _env = new();
    private readonly List<Preopen> _preopens = new();
    // Made by the first PreopenedSocket: an empty list's type alone would load System.Net.Sockets
    // into every WASI process.
    private List<Socket>? _sockets;
    private StdioSpec _stdin = new(null, false);
    private StdioSpec _stdout = new(null, false);
    private StdioSpec _stderr = new(null, false);
    private Func<ulong>? _wallClock;
    private ulong _wallClockResolution = 1000;
    private Func<ulong>? _monotonicClock;
    private ulong _monotonicClockResolution = 1;
    private Random? _random;

    /// <summary>Appends one argument (the first is conventionally the program name), like <c>WasiCtxBuilder::arg</c>.</summary>
    /// <param name="arg">The argument.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Arg(string arg)
    {
        ArgumentNullException.ThrowIfNull(arg);
        _args.Add(arg);
        return this;
    }

    /// <summary>Appends arguments in order, like <c>WasiCtxBuilder::args</c>.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Args(IEnumerable<string> args)
    {
        foreach (string arg in args)
        {
            Arg(arg);
        }

        return this;
    }

    /// <summary>Appends the host process's own arguments, like <c>WasiCtxBuilder::inherit_args</c>.</summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritArgs() => Args(Environment.GetCommandLineArgs());

    /// <summary>Sets one environment variable, like <c>WasiCtxBuilder::env</c>.</summary>
    /// <param name="key">The name; must not contain <c>=</c>.</param>
    /// <param name="value">The value.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Env(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key.Contains('='))
        {
            throw new ArgumentException("an environment variable name cannot contain '='", nameof(key));
        }

        _env.Add(new KeyValuePair<string, string>(key, value));
        return this;
    }

    /// <summary>Sets environment variables in order, like <c>WasiCtxBuilder::envs</c>.</summary>
    /// <param name="variables">Name/value pairs.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Envs(IEnumerable<KeyValuePair<string, string>> variables)
    {
        foreach (KeyValuePair<string, string> variable in variables)
        {
            Env(variable.Key, variable.Value);
        }

        return this;
    }

    /// <summary>Copies the host process's environment, like <c>WasiCtxBuilder::inherit_env</c>.</summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritEnv()
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            Env((string)entry.Key, (string?)entry.Value ?? string.Empty);
        }

        return this;
    }

    /// <summary>
    /// Reads the guest's stdin from a stream, like <c>WasiCtxBuilder::stdin</c>. The guest sees a
    /// pipe, not a terminal: its file type is unknown, so wasi-libc's <c>isatty</c> is false.
    /// </summary>
    /// <param name="stream">A readable stream; the context does not dispose it.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Stdin(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stdin = new StdioSpec(stream, false);
        return this;
    }

    /// <summary>Writes the guest's stdout to a stream, like <c>WasiCtxBuilder::stdout</c>.
    /// Every write is flushed, so nothing is lost when the guest exits. The guest sees a pipe, not a
    /// terminal (so wasi-libc buffers its stdout fully rather than by line).</summary>
    /// <param name="stream">A writable stream; the context does not dispose it.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Stdout(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stdout = new StdioSpec(stream, false);
        return this;
    }

    /// <summary>
    /// Writes the guest's stderr to a stream, like <c>WasiCtxBuilder::stderr</c>. The guest sees a
    /// pipe, not a terminal.
    /// </summary>
    /// <param name="stream">A writable stream; the context does not dispose it.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig Stderr(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        _stderr = new StdioSpec(stream, false);
        return this;
    }

    /// <summary>
    /// Gives the guest the host's stdin, like <c>WasiCtxBuilder::inherit_stdin</c>: a character
    /// device (a terminal to wasi-libc's <c>isatty</c>) only when the host's own stdin is a
    /// terminal, as in Wasmtime; redirected, its file type is unknown.
    /// </summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritStdin()
    {
        _stdin = new StdioSpec(null, true);
        return this;
    }

    /// <summary>
    /// Gives the guest the host's stdout, like <c>WasiCtxBuilder::inherit_stdout</c>: a terminal to
    /// the guest only when it is one to the host.
    /// </summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritStdout()
    {
        _stdout = new StdioSpec(null, true);
        return this;
    }

    /// <summary>
    /// Gives the guest the host's stderr, like <c>WasiCtxBuilder::inherit_stderr</c>: a terminal to
    /// the guest only when it is one to the host.
    /// </summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritStderr()
    {
        _stderr = new StdioSpec(null, true);
        return this;
    }

    /// <summary>Inherits all three stdio streams, like <c>WasiCtxBuilder::inherit_stdio</c>.</summary>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig InheritStdio() => InheritStdin().InheritStdout().InheritStderr();

    /// <summary>
    /// Grants the guest a host directory under <paramref name="guestPath"/>, like
    /// <c>WasiCtxBuilder::preopened_dir</c>. The guest reaches nothing outside it: <c>..</c>,
    /// absolute paths and symlinks pointing out are refused.
    /// </summary>
    /// <param name="hostPath">An existing host directory.</param>
    /// <param name="guestPath">The name the guest sees (for example <c>/</c> or <c>.</c>).</param>
    /// <param name="dirPerms">What the guest may do to the directory tree.</param>
    /// <param name="filePerms">What the guest may do to files in it.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig PreopenedDir(string hostPath, string guestPath, WasiDirPerms dirPerms, WasiFilePerms filePerms)
    {
        ArgumentNullException.ThrowIfNull(hostPath);
        ArgumentNullException.ThrowIfNull(guestPath);
        if (!Directory.Exists(hostPath))
        {
            throw new DirectoryNotFoundException($"preopened directory `{hostPath}` does not exist");
        }

        _preopens.Add(new Preopen(hostPath, guestPath, dirPerms, filePerms));
        return this;
    }

    /// <summary>Grants a host directory with full access, or read-only access when
    /// <paramref name="readOnly"/> is set (a shorthand for the four-argument overload).</summary>
    /// <param name="hostPath">An existing host directory.</param>
    /// <param name="guestPath">The name the guest sees.</param>
    /// <param name="readOnly">Whether the guest may only read.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig PreopenedDir(string hostPath, string guestPath, bool readOnly = false) =>
        readOnly
            ? PreopenedDir(hostPath, guestPath, WasiDirPerms.Read, WasiFilePerms.Read)
            : PreopenedDir(hostPath, guestPath, WasiDirPerms.All, WasiFilePerms.All);

    /// <summary>
    /// Hands the guest a socket (typically a bound, listening TCP socket) as the next descriptor
    /// after the preopened directories, like <c>WasiCtxBuilder::preopened_socket</c>. The guest
    /// uses it with <c>sock_accept</c>, <c>sock_recv</c>, <c>sock_send</c> and <c>sock_shutdown</c>.
    /// </summary>
    /// <param name="socket">The socket; the context disposes it.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig PreopenedSocket(Socket socket)
    {
        ArgumentNullException.ThrowIfNull(socket);
        (_sockets ??= []).Add(socket);
        return this;
    }

    /// <summary>Replaces the realtime clock, like <c>WasiCtxBuilder::wall_clock</c>; useful for
    /// deterministic tests.</summary>
    /// <param name="now">Returns nanoseconds since the Unix epoch.</param>
    /// <param name="resolution">The resolution <c>clock_res_get</c> reports, in nanoseconds.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig WallClock(Func<ulong> now, ulong resolution)
    {
        _wallClock = now ?? throw new ArgumentNullException(nameof(now));
        _wallClockResolution = Math.Max(1, resolution);
        return this;
    }

    /// <summary>Replaces the monotonic clock, like <c>WasiCtxBuilder::monotonic_clock</c>.</summary>
    /// <param name="now">Returns nanoseconds from an arbitrary origin; must never decrease.</param>
    /// <param name="resolution">The resolution <c>clock_res_get</c> reports, in nanoseconds.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig MonotonicClock(Func<ulong> now, ulong resolution)
    {
        _monotonicClock = now ?? throw new ArgumentNullException(nameof(now));
        _monotonicClockResolution = Math.Max(1, resolution);
        return this;
    }

    /// <summary>Replaces the source of <c>random_get</c>, like <c>WasiCtxBuilder::secure_random</c>;
    /// a seeded <see cref="Random"/> makes runs reproducible.</summary>
    /// <param name="random">The generator.</param>
    /// <returns>This config, for chaining.</returns>
    public WasiConfig SecureRandom(Random random)
    {
        _random = random ?? throw new ArgumentNullException(nameof(random));
        return this;
    }

    /// <summary>Creates the per-instance state, like <c>WasiCtxBuilder::build</c>. Each call opens the
    /// preopens afresh, so one config can serve many instances.</summary>
    /// <returns>A new context; dispose it to close what the guest left open.</returns>
    public WasiContext Build()
    {
        var fds = new FdTable();
        fds.Insert(MakeStdio(_stdin, 0, input: true));
        fds.Insert(MakeStdio(_stdout, 1, input: false));
        fds.Insert(MakeStdio(_stderr, 2, input: false));
        foreach (Preopen preopen in _preopens)
        {
            string host = PathResolver.CanonicalDirectory(preopen.HostPath);
            fds.Insert(new DirFd(host, preopen.GuestPath, preopen.DirPerms, preopen.FilePerms,
                RightsSets.DirectoryBase, RightsSets.DirectoryInheriting));
        }

        if (_sockets is not null)
        {
            InsertSockets(fds, _sockets);
        }

        Func<ulong> monotonic = _monotonicClock ?? StopwatchNanoseconds;
        return new WasiContext(
            _args.ToArray(),
            EnvironmentStrings(),
            fds,
            _wallClock ?? SystemWallClock,
            _wallClockResolution,
            monotonic,
            _monotonicClock is null ? StopwatchResolution() : _monotonicClockResolution,
            _random);
    }

    // KEY=VALUE per variable; a loop, since no ReadyToRun image holds LINQ's Select over this
    // list of KeyValuePair (a struct), and this runs at every start.
    private string[] EnvironmentStrings()
    {
        var strings = new string[_env.Count];
        for (int i = 0; i < strings.Length; i++)
        {
            strings[i] = $"{_env[i].Key}={_env[i].Value}";
        }

        return strings;
    }

    // Apart from Build, whose ReadyToRun code would otherwise resolve the socket types (and load
    // System.Net.Sockets) in every WASI process.
    private static void InsertSockets(FdTable fds, List<Socket> sockets)
    {
        foreach (Socket socket in sockets)
        {
            fds.Insert(new SocketFd(socket));
        }
    }

    private static StreamFd MakeStdio(StdioSpec spec, int hostFd, bool input)
    {
        if (spec.Inherit)
        {
            Stream stream = hostFd switch
            {
                0 => Console.OpenStandardInput(),
                1 => Console.OpenStandardOutput(),
                _ => Console.OpenStandardError(),
            };
            bool terminal = HostIsTerminal(hostFd);
            return input ? new StreamFd(stream, null, true, terminal) : new StreamFd(null, stream, true, terminal);
        }

        // A stream the embedder gives is a pipe to the guest, never a terminal (Wasmtime's pipes too).
        Stream configured = spec.Stream ?? (input ? new MemoryStream(Array.Empty<byte>(), false) : Stream.Null);
        return input ? new StreamFd(configured, null, false, false) : new StreamFd(null, configured, false, false);
    }

    // Whether the host's stdio descriptor `hostFd` (0, 1, 2) is a terminal, not redirected.
    private static bool HostIsTerminal(int hostFd) => Native.IsAvailable
        ? Native.IsTerminal(hostFd)
        : !(hostFd switch
        {
            0 => Console.IsInputRedirected,
            1 => Console.IsOutputRedirected,
            _ => Console.IsErrorRedirected,
        });

    private static ulong SystemWallClock() =>
        (ulong)(DateTime.UtcNow.Ticks - DateTime.UnixEpoch.Ticks) * 100UL;

    private static ulong StopwatchNanoseconds()
    {
        long ticks = Stopwatch.GetTimestamp();
        return (ulong)((UInt128)(ulong)ticks * 1_000_000_000UL / (ulong)Stopwatch.Frequency);
    }

    private static ulong StopwatchResolution() => Math.Max(1UL, 1_000_000_000UL / (ulong)Stopwatch.Frequency);

    private readonly record struct Preopen(string HostPath, string GuestPath, WasiDirPerms DirPerms, WasiFilePerms FilePerms);

    private readonly record struct StdioSpec(Stream? Stream, bool Inherit);
}
