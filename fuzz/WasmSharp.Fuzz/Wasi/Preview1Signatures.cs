namespace WasmSharp.Fuzz.Wasi;

/// <summary>
/// The 46 functions of <c>wasi_snapshot_preview1</c> (from the witx), one letter per parameter naming its
/// role, so the generator can pass a value that decodes most of the time and an edge value otherwise.
/// Roles: f fd, p output pointer, b buffer pointer, n buffer length, s path pointer, l path length,
/// v iovec array, q iovec count, u subscriptions, k subscription count, c clock id, w whence, a advice,
/// L lookupflags, o oflags, F fdflags, t fstflags, R riflags, S siflags, D sdflags, e exit code,
/// g signal; the i64 roles: I offset, length or timestamp, r rights. Every function returns an i32
/// errno except <c>proc_exit</c>.
/// </summary>
internal static class Preview1Signatures
{
    /// <summary>Function name to parameter roles.</summary>
    public static readonly IReadOnlyList<(string Name, string Roles)> All =
    [
        ("args_get", "pp"), ("args_sizes_get", "pp"), ("environ_get", "pp"), ("environ_sizes_get", "pp"),
        ("clock_res_get", "cp"), ("clock_time_get", "cIp"),
        ("fd_advise", "fIIa"), ("fd_allocate", "fII"), ("fd_close", "f"), ("fd_datasync", "f"),
        ("fd_fdstat_get", "fp"), ("fd_fdstat_set_flags", "fF"), ("fd_fdstat_set_rights", "frr"),
        ("fd_filestat_get", "fp"), ("fd_filestat_set_size", "fI"), ("fd_filestat_set_times", "fIIt"),
        ("fd_pread", "fvqIp"), ("fd_prestat_get", "fp"), ("fd_prestat_dir_name", "fbn"), ("fd_pwrite", "fvqIp"),
        ("fd_read", "fvqp"), ("fd_readdir", "fbnIp"), ("fd_renumber", "ff"), ("fd_seek", "fIwp"), ("fd_sync", "f"),
        ("fd_tell", "fp"), ("fd_write", "fvqp"),
        ("path_create_directory", "fsl"), ("path_filestat_get", "fLslp"), ("path_filestat_set_times", "fLslIIt"),
        ("path_link", "fLslfsl"), ("path_open", "fLslorrFp"), ("path_readlink", "fslbnp"),
        ("path_remove_directory", "fsl"), ("path_rename", "fslfsl"), ("path_symlink", "slfsl"),
        ("path_unlink_file", "fsl"),
        ("poll_oneoff", "upkp"), ("proc_exit", "e"), ("proc_raise", "g"), ("sched_yield", ""), ("random_get", "bn"),
        ("sock_accept", "fFp"), ("sock_recv", "fvqRpp"), ("sock_send", "fvqSp"), ("sock_shutdown", "fD"),
    ];

    /// <summary>Whether a role is passed as an i64.</summary>
    public static bool IsI64(char role) => role is 'I' or 'r';
}
