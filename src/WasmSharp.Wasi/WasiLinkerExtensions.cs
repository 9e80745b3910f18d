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
        WasiContext Ctx(Caller<T> caller) => getContext(caller.Data);
        Define(linker, "args_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.ArgsGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "args_sizes_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.ArgsSizesGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "environ_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.EnvironGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "environ_sizes_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.EnvironSizesGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "clock_res_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.ClockResGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "clock_time_get", [ValType.I32, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.ClockTimeGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI64(1), v.GetI32(2))));
        Define(linker, "fd_advise", [ValType.I32, ValType.I64, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdAdvise(Ctx(caller), v.GetI32(0), v.GetI64(1), v.GetI64(2), v.GetI32(3))));
        Define(linker, "fd_allocate", [ValType.I32, ValType.I64, ValType.I64], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdAllocate(Ctx(caller), v.GetI32(0), v.GetI64(1), v.GetI64(2))));
        Define(linker, "fd_close", [ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdClose(Ctx(caller), v.GetI32(0))));
        Define(linker, "fd_datasync", [ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdDatasync(Ctx(caller), v.GetI32(0))));
        Define(linker, "fd_fdstat_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFdstatGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_fdstat_set_flags", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFdstatSetFlags(Ctx(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_fdstat_set_rights", [ValType.I32, ValType.I64, ValType.I64], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFdstatSetRights(Ctx(caller), v.GetI32(0), v.GetI64(1), v.GetI64(2))));
        Define(linker, "fd_filestat_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFilestatGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_filestat_set_size", [ValType.I32, ValType.I64], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFilestatSetSize(Ctx(caller), v.GetI32(0), v.GetI64(1))));
        Define(linker, "fd_filestat_set_times", [ValType.I32, ValType.I64, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdFilestatSetTimes(Ctx(caller), v.GetI32(0), v.GetI64(1), v.GetI64(2), v.GetI32(3))));
        Define(linker, "fd_pread", [ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdPread(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI64(3), v.GetI32(4))));
        Define(linker, "fd_prestat_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdPrestatGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_prestat_dir_name", [ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdPrestatDirName(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2))));
        Define(linker, "fd_pwrite", [ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdPwrite(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI64(3), v.GetI32(4))));
        Define(linker, "fd_read", [ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdRead(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3))));
        Define(linker, "fd_readdir", [ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdReaddir(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI64(3), v.GetI32(4))));
        Define(linker, "fd_renumber", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdRenumber(Ctx(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_seek", [ValType.I32, ValType.I64, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdSeek(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI64(1), v.GetI32(2), v.GetI32(3))));
        Define(linker, "fd_sync", [ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdSync(Ctx(caller), v.GetI32(0))));
        Define(linker, "fd_tell", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdTell(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "fd_write", [ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.FdWrite(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3))));
        Define(linker, "path_create_directory", [ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathCreateDirectory(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2))));
        Define(linker, "path_filestat_get", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathFilestatGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4))));
        Define(linker, "path_filestat_set_times", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I64, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathFilestatSetTimes(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI64(4), v.GetI64(5), v.GetI32(6))));
        Define(linker, "path_link", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathLink(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4), v.GetI32(5), v.GetI32(6))));
        Define(linker, "path_open", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I64, ValType.I64, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathOpen(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4), v.GetI64(5), v.GetI64(6), v.GetI32(7), v.GetI32(8))));
        Define(linker, "path_readlink", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathReadlink(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4), v.GetI32(5))));
        Define(linker, "path_remove_directory", [ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathRemoveDirectory(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2))));
        Define(linker, "path_rename", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathRename(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4), v.GetI32(5))));
        Define(linker, "path_symlink", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathSymlink(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4))));
        Define(linker, "path_unlink_file", [ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PathUnlinkFile(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2))));
        Define(linker, "poll_oneoff", [ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.PollOneoff(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3))));
        Define(linker, "random_get", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.RandomGet(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "sched_yield", [], Errno, (caller, v) => v.SetI32(0, (int)Preview1.SchedYield(Ctx(caller))));
        Define(linker, "sock_accept", [ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.SockAccept(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2))));
        Define(linker, "sock_recv", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.SockRecv(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4), v.GetI32(5))));
        Define(linker, "sock_send", [ValType.I32, ValType.I32, ValType.I32, ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.SockSend(Ctx(caller), Mem(caller), v.GetI32(0), v.GetI32(1), v.GetI32(2), v.GetI32(3), v.GetI32(4))));
        Define(linker, "sock_shutdown", [ValType.I32, ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.SockShutdown(Ctx(caller), v.GetI32(0), v.GetI32(1))));
        Define(linker, "proc_exit", [ValType.I32], [], (caller, v) => Preview1.ProcExit(Ctx(caller), v.GetI32(0)));
        Define(linker, "proc_raise", [ValType.I32], Errno, (caller, v) => v.SetI32(0, (int)Preview1.ProcRaise(Ctx(caller), v.GetI32(0))));
        return linker;
    }

    /// <summary>
    /// Defines all <c>wasi_snapshot_preview1</c> functions for a store whose data is the
    /// <see cref="WasiContext"/> itself.
    /// </summary>
    /// <param name="linker">The linker to define the functions in.</param>
    /// <returns>The linker, for chaining.</returns>
    public static Linker<WasiContext> DefineWasi(this Linker<WasiContext> linker) => linker.DefineWasi(static c => c);

    /// <summary>The result type of every function but <c>proc_exit</c>: an errno.</summary>
    private static readonly ValType[] Errno = [ValType.I32];

    /// <summary>
    /// Defines <c>wasi_snapshot_preview1</c>::<paramref name="name"/> as an unchecked host function
    /// (<see cref="Linker{T}.FuncNewUnchecked"/>): <paramref name="body"/> reads its arguments from
    /// and writes its result to the call's values. Unlike a <c>FuncWrap</c> instantiation over value
    /// types, made from this assembly, this is code of this assembly's ReadyToRun image, so defining
    /// WASI JIT-compiles nothing at process start. <see cref="HostCallGuard"/> turns a host failure
    /// into a trap.
    /// </summary>
    private static void Define<T>(Linker<T> linker, string name, ValType[] parameters, ValType[] results, UncheckedFuncCallback<T> body) =>
        linker.FuncNewUnchecked(Preview1.ModuleName, name, new FuncType(parameters, results), HostCallGuard.Guard(name, body));

    /// <summary>
    /// The calling instance's exported <c>memory</c>; WASI cannot work without one, so its
    /// absence traps with the message of wiggle's generated wasmtime glue.
    /// </summary>
    private static CallerMemory Mem<T>(Caller<T> caller) =>
        caller.GetExport("memory") is Memory memory
            ? new CallerMemory(memory, caller.Store)
            : throw new Trap(TrapCode.HostError, "missing required memory export");
}
