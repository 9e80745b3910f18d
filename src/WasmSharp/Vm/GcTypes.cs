using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// The GC view of a module's types, computed once per module and shared by the compiler and the
/// constant-expression evaluator: canonical type ids (the ids GC objects carry and casts compare,
/// from <see cref="FuncTypeRegistry"/>), struct layouts and array element CLR types. Also answers
/// runtime subtype questions through a lock-free cache in front of the canonicalizer.
/// </summary>
internal sealed class GcTypes
{
    private static readonly ConditionalWeakTable<ModuleInfo, GcTypes> s_modules = new();
    private static readonly ConcurrentDictionary<long, bool> s_subtypes = new();
    private readonly GcStructLayout?[] _layouts;

    private GcTypes(ModuleInfo module)
    {
        Module = module;
        TypeIds = FuncTypeRegistry.GetModuleIds(module);
        _layouts = new GcStructLayout?[module.Types.Count];
    }

    /// <summary>The module.</summary>
    public ModuleInfo Module { get; }

    /// <summary>Canonical type id per type index.</summary>
    public int[] TypeIds { get; }

    /// <summary>The GC types of <paramref name="module"/>.</summary>
    public static GcTypes For(ModuleInfo module) => s_modules.GetValue(module, m => new GcTypes(m));

    /// <summary>The layout of struct type <paramref name="typeIndex"/>.</summary>
    public GcStructLayout Layout(int typeIndex)
    {
        GcStructLayout? layout = Volatile.Read(ref _layouts[typeIndex]);
        if (layout is null)
        {
            layout = new GcStructLayout((StructType)Module.Types[typeIndex].Composite);
            Volatile.Write(ref _layouts[typeIndex], layout);
        }

        return layout;
    }

    /// <summary>The element type of array type <paramref name="typeIndex"/>.</summary>
    public FieldType ArrayElement(int typeIndex) => ((ArrayType)Module.Types[typeIndex].Composite).Element;

    /// <summary>The CLR element type of an array whose elements are <paramref name="storage"/>.</summary>
    public static Type ElementClrType(StorageType storage) => storage.Packed switch
    {
        PackedType.I8 => typeof(byte),
        PackedType.I16 => typeof(ushort),
        _ => storage.Type.Kind switch
        {
            ValKind.I32 => typeof(int),
            ValKind.I64 => typeof(long),
            ValKind.F32 => typeof(float),
            ValKind.F64 => typeof(double),
            ValKind.V128 => typeof(Vector128<byte>),
            _ => typeof(object),
        },
    };

    /// <summary>
    /// Whether canonical type <paramref name="sub"/> is <paramref name="super"/> or a declared
    /// subtype of it. Answers are cached: the canonicalizer takes a lock per question.
    /// </summary>
    public static bool IsSubtype(int sub, int super)
    {
        if (sub == super)
        {
            return true;
        }

        long key = ((long)sub << 32) | (uint)super;
        if (!s_subtypes.TryGetValue(key, out bool result))
        {
            result = FuncTypeRegistry.IsSubtype(sub, super);
            s_subtypes.TryAdd(key, result);
        }

        return result;
    }
}
