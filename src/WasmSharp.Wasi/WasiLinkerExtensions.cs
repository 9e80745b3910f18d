using WasmSharp.Types;

namespace WasmSharp.Wasi;

/// <summary>
/// Adds <c>wasi_snapshot_preview1</c> to a <see cref="Linker{T}"/>, like Wasmtime's
/// <c>wasmtime_wasi::preview1::add_to_linker_sync</c>.
/// </summary>
public static class WasiLinkerExtensions
{
    /// <summary>
    /// Defines all 46 <c>wasi_snapshot_preview1</c> functions. Each call finds its
    /// <see cref="WasiContext"/> in the store's data through <paramref name="getContext"/> and the
    /// guest's memory as the calling instance's <c>memory</c> export, as Wasmtime does.
    /// <c>proc_exit</c> throws <see cref="WasiExit"/>. A bad guest pointer or argument traps as in
    /// Wasmtime, and a host exception that is not a WASI condition surfaces as a <see cref="Trap"/>
    /// whose <see cref="Exception.InnerException"/> is that exception.
    /// </summary>
    /// <typeparam name="T">The store's data type.</typeparam>
    /// <param name="linker">The linker to define the functions in.</param>
    /// <param name="getContext">Projects the store data to the WASI context.</param>
    /// <returns>The linker, for chaining.</returns>
    public static Linker<T> DefineWasi<T>(this Linker<T> linker, Func<T, WasiContext> getContext)
    {
        ArgumentNullException.ThrowIfNull(linker);
        ArgumentNullException.ThrowIfNull(getContext);
        const string M = Preview1.ModuleName;
        WasiContext Ctx(Caller<T> caller) => getContext(caller.Data);
        linker.FuncWrap(M, "args_get", HostCallGuard.Wrap("args_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.ArgsGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "args_sizes_get", HostCallGuard.Wrap("args_sizes_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.ArgsSizesGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "environ_get", HostCallGuard.Wrap("environ_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.EnvironGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "environ_sizes_get", HostCallGuard.Wrap("environ_sizes_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.EnvironSizesGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "clock_res_get", HostCallGuard.Wrap("clock_res_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.ClockResGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "clock_time_get", HostCallGuard.Wrap("clock_time_get", (Caller<T> caller, int a0, long a1, int a2) => (int)Preview1.ClockTimeGet(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "fd_advise", HostCallGuard.Wrap("fd_advise", (Caller<T> caller, int a0, long a1, long a2, int a3) => (int)Preview1.FdAdvise(Ctx(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "fd_allocate", HostCallGuard.Wrap("fd_allocate", (Caller<T> caller, int a0, long a1, long a2) => (int)Preview1.FdAllocate(Ctx(caller), a0, a1, a2)));
        linker.FuncWrap(M, "fd_close", HostCallGuard.Wrap("fd_close", (Caller<T> caller, int a0) => (int)Preview1.FdClose(Ctx(caller), a0)));
        linker.FuncWrap(M, "fd_datasync", HostCallGuard.Wrap("fd_datasync", (Caller<T> caller, int a0) => (int)Preview1.FdDatasync(Ctx(caller), a0)));
        linker.FuncWrap(M, "fd_fdstat_get", HostCallGuard.Wrap("fd_fdstat_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdFdstatGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "fd_fdstat_set_flags", HostCallGuard.Wrap("fd_fdstat_set_flags", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdFdstatSetFlags(Ctx(caller), a0, a1)));
        linker.FuncWrap(M, "fd_fdstat_set_rights", HostCallGuard.Wrap("fd_fdstat_set_rights", (Caller<T> caller, int a0, long a1, long a2) => (int)Preview1.FdFdstatSetRights(Ctx(caller), a0, a1, a2)));
        linker.FuncWrap(M, "fd_filestat_get", HostCallGuard.Wrap("fd_filestat_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdFilestatGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "fd_filestat_set_size", HostCallGuard.Wrap("fd_filestat_set_size", (Caller<T> caller, int a0, long a1) => (int)Preview1.FdFilestatSetSize(Ctx(caller), a0, a1)));
        linker.FuncWrap(M, "fd_filestat_set_times", HostCallGuard.Wrap("fd_filestat_set_times", (Caller<T> caller, int a0, long a1, long a2, int a3) => (int)Preview1.FdFilestatSetTimes(Ctx(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "fd_pread", HostCallGuard.Wrap("fd_pread", (Caller<T> caller, int a0, int a1, int a2, long a3, int a4) => (int)Preview1.FdPread(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.FuncWrap(M, "fd_prestat_get", HostCallGuard.Wrap("fd_prestat_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdPrestatGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "fd_prestat_dir_name", HostCallGuard.Wrap("fd_prestat_dir_name", (Caller<T> caller, int a0, int a1, int a2) => (int)Preview1.FdPrestatDirName(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "fd_pwrite", HostCallGuard.Wrap("fd_pwrite", (Caller<T> caller, int a0, int a1, int a2, long a3, int a4) => (int)Preview1.FdPwrite(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.FuncWrap(M, "fd_read", HostCallGuard.Wrap("fd_read", (Caller<T> caller, int a0, int a1, int a2, int a3) => (int)Preview1.FdRead(Ctx(caller), Mem(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "fd_readdir", HostCallGuard.Wrap("fd_readdir", (Caller<T> caller, int a0, int a1, int a2, long a3, int a4) => (int)Preview1.FdReaddir(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.FuncWrap(M, "fd_renumber", HostCallGuard.Wrap("fd_renumber", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdRenumber(Ctx(caller), a0, a1)));
        linker.FuncWrap(M, "fd_seek", HostCallGuard.Wrap("fd_seek", (Caller<T> caller, int a0, long a1, int a2, int a3) => (int)Preview1.FdSeek(Ctx(caller), Mem(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "fd_sync", HostCallGuard.Wrap("fd_sync", (Caller<T> caller, int a0) => (int)Preview1.FdSync(Ctx(caller), a0)));
        linker.FuncWrap(M, "fd_tell", HostCallGuard.Wrap("fd_tell", (Caller<T> caller, int a0, int a1) => (int)Preview1.FdTell(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "fd_write", HostCallGuard.Wrap("fd_write", (Caller<T> caller, int a0, int a1, int a2, int a3) => (int)Preview1.FdWrite(Ctx(caller), Mem(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "path_create_directory", HostCallGuard.Wrap("path_create_directory", (Caller<T> caller, int a0, int a1, int a2) => (int)Preview1.PathCreateDirectory(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "path_filestat_get", HostCallGuard.Wrap("path_filestat_get", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4) => (int)Preview1.PathFilestatGet(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.DefineFunc(M, "path_filestat_set_times", new FuncType([ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I64, ValType.I32], [ValType.I32]),
            HostCallGuard.Wrap<T>("path_filestat_set_times", (Caller<T> caller, ReadOnlySpan<Val> p, Span<Val> r) => r[0] = Val.I32((int)Preview1.PathFilestatSetTimes(Ctx(caller), Mem(caller), p[0].AsI32(), p[1].AsI32(), p[2].AsI32(), p[3].AsI32(), p[4].AsI64(), p[5].AsI64(), p[6].AsI32()))));
        linker.DefineFunc(M, "path_link", new FuncType([ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], [ValType.I32]),
            HostCallGuard.Wrap<T>("path_link", (Caller<T> caller, ReadOnlySpan<Val> p, Span<Val> r) => r[0] = Val.I32((int)Preview1.PathLink(Ctx(caller), Mem(caller), p[0].AsI32(), p[1].AsI32(), p[2].AsI32(), p[3].AsI32(), p[4].AsI32(), p[5].AsI32(), p[6].AsI32()))));
        linker.DefineFunc(M, "path_open", new FuncType([ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I64, ValType.I32, ValType.I32], [ValType.I32]),
            HostCallGuard.Wrap<T>("path_open", (Caller<T> caller, ReadOnlySpan<Val> p, Span<Val> r) => r[0] = Val.I32((int)Preview1.PathOpen(Ctx(caller), Mem(caller), p[0].AsI32(), p[1].AsI32(), p[2].AsI32(), p[3].AsI32(), p[4].AsI32(), p[5].AsI64(), p[6].AsI64(), p[7].AsI32(), p[8].AsI32()))));
        linker.FuncWrap(M, "path_readlink", HostCallGuard.Wrap("path_readlink", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4, int a5) => (int)Preview1.PathReadlink(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4, a5)));
        linker.FuncWrap(M, "path_remove_directory", HostCallGuard.Wrap("path_remove_directory", (Caller<T> caller, int a0, int a1, int a2) => (int)Preview1.PathRemoveDirectory(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "path_rename", HostCallGuard.Wrap("path_rename", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4, int a5) => (int)Preview1.PathRename(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4, a5)));
        linker.FuncWrap(M, "path_symlink", HostCallGuard.Wrap("path_symlink", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4) => (int)Preview1.PathSymlink(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.FuncWrap(M, "path_unlink_file", HostCallGuard.Wrap("path_unlink_file", (Caller<T> caller, int a0, int a1, int a2) => (int)Preview1.PathUnlinkFile(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "poll_oneoff", HostCallGuard.Wrap("poll_oneoff", (Caller<T> caller, int a0, int a1, int a2, int a3) => (int)Preview1.PollOneoff(Ctx(caller), Mem(caller), a0, a1, a2, a3)));
        linker.FuncWrap(M, "random_get", HostCallGuard.Wrap("random_get", (Caller<T> caller, int a0, int a1) => (int)Preview1.RandomGet(Ctx(caller), Mem(caller), a0, a1)));
        linker.FuncWrap(M, "sched_yield", HostCallGuard.Wrap("sched_yield", (Caller<T> caller) => (int)Preview1.SchedYield(Ctx(caller))));
        linker.FuncWrap(M, "sock_accept", HostCallGuard.Wrap("sock_accept", (Caller<T> caller, int a0, int a1, int a2) => (int)Preview1.SockAccept(Ctx(caller), Mem(caller), a0, a1, a2)));
        linker.FuncWrap(M, "sock_recv", HostCallGuard.Wrap("sock_recv", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4, int a5) => (int)Preview1.SockRecv(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4, a5)));
        linker.FuncWrap(M, "sock_send", HostCallGuard.Wrap("sock_send", (Caller<T> caller, int a0, int a1, int a2, int a3, int a4) => (int)Preview1.SockSend(Ctx(caller), Mem(caller), a0, a1, a2, a3, a4)));
        linker.FuncWrap(M, "sock_shutdown", HostCallGuard.Wrap("sock_shutdown", (Caller<T> caller, int a0, int a1) => (int)Preview1.SockShutdown(Ctx(caller), a0, a1)));
        linker.FuncWrap(M, "proc_exit", HostCallGuard.Wrap("proc_exit", (Caller<T> caller, int code) => Preview1.ProcExit(Ctx(caller), code)));
        linker.FuncWrap(M, "proc_raise", HostCallGuard.Wrap("proc_raise", (Caller<T> caller, int signal) => (int)Preview1.ProcRaise(Ctx(caller), signal)));
        return linker;
    }

    /// <summary>
    /// Defines all <c>wasi_snapshot_preview1</c> functions for a store whose data is the
    /// <see cref="WasiContext"/> itself.
    /// </summary>
    /// <param name="linker">The linker to define the functions in.</param>
    /// <returns>The linker, for chaining.</returns>
    public static Linker<WasiContext> DefineWasi(this Linker<WasiContext> linker) => linker.DefineWasi(static c => c);

    /// <summary>
    /// The calling instance's exported <c>memory</c>; WASI cannot work without one, so its
    /// absence traps with the message of wiggle's generated wasmtime glue.
    /// </summary>
    private static CallerMemory Mem<T>(Caller<T> caller) =>
        caller.GetExport("memory") is Memory memory
            ? new CallerMemory(memory, caller.Store)
            : throw new Trap(TrapCode.HostError, "missing required memory export");
}
