namespace WasmSharp.Fuzz.Wasi;

/// <summary>
/// The 46 functions of <c>wasi_snapshot_preview1</c> with their core signatures (from the witx, one letter per
/// parameter: <c>i</c> i32, <c>I</c> i64). Every function returns an i32 errno except <c>proc_exit</c>.
/// </summary>
internal static class Preview1Signatures
{
    /// <summary>Function name to parameter letters.</summary>
    public static readonly IReadOnlyList<(string Name, string Params)> All =
    [
        ("args_get", "ii"), ("args_sizes_get", "ii"), ("environ_get", "ii"), ("environ_sizes_get", "ii"),
        ("clock_res_get", "ii"), ("clock_time_get", "iIi"),
        ("fd_advise", "iIIi"), ("fd_allocate", "iII"), ("fd_close", "i"), ("fd_datasync", "i"),
        ("fd_fdstat_get", "ii"), ("fd_fdstat_set_flags", "ii"), ("fd_fdstat_set_rights", "iII"),
        ("fd_filestat_get", "ii"), ("fd_filestat_set_size", "iI"), ("fd_filestat_set_times", "iIIi"),
        ("fd_pread", "iiiIi"), ("fd_prestat_get", "ii"), ("fd_prestat_dir_name", "iii"), ("fd_pwrite", "iiiIi"),
        ("fd_read", "iiii"), ("fd_readdir", "iiiIi"), ("fd_renumber", "ii"), ("fd_seek", "iIii"), ("fd_sync", "i"),
        ("fd_tell", "ii"), ("fd_write", "iiii"),
        ("path_create_directory", "iii"), ("path_filestat_get", "iiiii"), ("path_filestat_set_times", "iiiiIIi"),
        ("path_link", "iiiiiii"), ("path_open", "iiiiiIIii"), ("path_readlink", "iiiiii"),
        ("path_remove_directory", "iii"), ("path_rename", "iiiiii"), ("path_symlink", "iiiii"),
        ("path_unlink_file", "iii"),
        ("poll_oneoff", "iiii"), ("proc_exit", "i"), ("proc_raise", "i"), ("sched_yield", ""), ("random_get", "ii"),
        ("sock_accept", "iii"), ("sock_recv", "iiiiii"), ("sock_send", "iiiii"), ("sock_shutdown", "ii"),
    ];
}
