using System.Runtime.InteropServices;

namespace WasmSharp.Vm;

/// <summary>
/// The lowest usable stack address of the current thread, so the wasm stack limit never lies below
/// the real end of the stack: a .NET stack overflow kills the process (DESIGN.md decision 5).
/// Queried from the OS once per thread (pthread attributes on Linux and macOS,
/// GetCurrentThreadStackLimits on Windows); zero when unknown.
/// </summary>
internal static unsafe partial class ThreadStack
{
    // 0: not queried yet on this thread; Unknown: the OS could not tell; otherwise the address.
    // One thread-static, so the hot path of a host-to-wasm call reads thread-local storage once.
    [ThreadStatic]
    private static nuint t_low;

    private const nuint Unknown = 1;

    /// <summary>The lowest address of the current thread's stack, or 0 if the OS cannot tell.</summary>
    public static nuint Low
    {
        get
        {
            nuint low = t_low;
            if (low == 0)
            {
                low = Query();
                t_low = low = low == 0 ? Unknown : low;
            }

            return low == Unknown ? 0 : low;
        }
    }

    private static nuint Query()
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                // pthread_attr_t is 56 bytes on x64 glibc and 64 on arm64; leave room for any libc.
                byte* attr = stackalloc byte[256];
                if (pthread_getattr_np(pthread_self(), attr) != 0)
                {
                    return 0;
                }

                nint address = 0;
                nuint size = 0;
                int rc = pthread_attr_getstack(attr, &address, &size);
                pthread_attr_destroy(attr);
                return rc == 0 ? (nuint)address : 0;
            }

            if (OperatingSystem.IsMacOS())
            {
                nint self = pthread_self();
                return (nuint)pthread_get_stackaddr_np(self) - pthread_get_stacksize_np(self);
            }

            if (OperatingSystem.IsWindows())
            {
                nuint low = 0;
                nuint high = 0;
                GetCurrentThreadStackLimits(&low, &high);
                return low;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
        }

        return 0;
    }

    [LibraryImport("libc")]
    private static partial nint pthread_self();

    [LibraryImport("libc")]
    private static partial int pthread_getattr_np(nint thread, byte* attr);

    [LibraryImport("libc")]
    private static partial int pthread_attr_getstack(byte* attr, nint* address, nuint* size);

    [LibraryImport("libc")]
    private static partial int pthread_attr_destroy(byte* attr);

    [LibraryImport("libc")]
    private static partial nint pthread_get_stackaddr_np(nint thread);

    [LibraryImport("libc")]
    private static partial nuint pthread_get_stacksize_np(nint thread);

    [LibraryImport("kernel32")]
    private static partial void GetCurrentThreadStackLimits(nuint* low, nuint* high);
}
