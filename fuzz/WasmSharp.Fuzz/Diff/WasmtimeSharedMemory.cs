using System.Reflection;
using System.Runtime.InteropServices;
using WT = Wasmtime;

namespace WasmSharp.Fuzz.Diff;

/// <summary>
/// Turns on Wasmtime's shared-memory support, which the threads proposal needs (<c>Config::shared_memory</c>).
/// The .NET package (50.0.1) has no method for it, so this calls the C API's
/// <c>wasmtime_config_shared_memory_set</c> on the configuration's native handle.
/// </summary>
internal static partial class WasmtimeSharedMemory
{
    /// <summary>Enables shared memories on <paramref name="config"/> and returns it.</summary>
    public static WT.Config Enable(WT.Config config)
    {
        object handle = FindHandle(config);
        var safeHandle = (SafeHandle)handle;
        bool added = false;
        safeHandle.DangerousAddRef(ref added);
        try
        {
            SetSharedMemory(safeHandle.DangerousGetHandle(), true);
        }
        finally
        {
            if (added)
            {
                safeHandle.DangerousRelease();
            }
        }

        return config;
    }

    private static object FindHandle(WT.Config config)
    {
        foreach (Type type in new[] { typeof(WT.Config) })
        {
            foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (typeof(SafeHandle).IsAssignableFrom(field.FieldType) && field.GetValue(config) is object value)
                {
                    return value;
                }
            }

            foreach (PropertyInfo property in type.GetProperties(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public))
            {
                if (typeof(SafeHandle).IsAssignableFrom(property.PropertyType) && property.GetValue(config) is object value)
                {
                    return value;
                }
            }
        }

        throw new InvalidOperationException("Wasmtime.Config has no native handle this harness can find; the package changed");
    }

    [LibraryImport("wasmtime", EntryPoint = "wasmtime_config_shared_memory_set")]
    private static partial void SetSharedMemory(IntPtr config, [MarshalAs(UnmanagedType.U1)] bool enable);
}
