using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.Intrinsics;

namespace WasmSharp.Compilation;

/// <summary>
/// The process-dependent constants of code compiled to be saved (<see cref="Module.Serialize"/>):
/// canonical type ids (<see cref="Vm.FuncTypeRegistry"/>) and the SIMD constants that must stay
/// opaque (<see cref="Vm.SimdConstants"/>) are numbered per process, so code that another process
/// loads cannot carry them as IL constants. It loads them instead from two static fields of a
/// holder type of its own assembly, which the loader fills before any of the code runs
/// (<see cref="Fill"/>): the same one array load per use that the process-wide SIMD slots cost,
/// and the JIT folds a static field's address into the instruction once the type is initialized.
/// </summary>
[RequiresDynamicCode(DynamicCodeMessages.CompilerTier)]
internal sealed class PortableConstants
{
    /// <summary>The holder type's name.</summary>
    public const string HolderName = "WasmConstants";

    /// <summary>The field with the canonical id of every type index.</summary>
    public const string TypeIdsName = "TypeIds";

    /// <summary>The field with the module's opaque SIMD constants.</summary>
    public const string SimdSlotsName = "SimdSlots";

    private readonly FieldBuilder _typeIds;
    private readonly FieldBuilder _simdSlots;
    private readonly Dictionary<int, int> _indexOfTypeId = new();
    private readonly Dictionary<(ulong, ulong), int> _simdIndices = new();
    private readonly List<(ulong Low, ulong High)> _simd = [];

    /// <summary>Defines the holder type in <paramref name="module"/> for a module with canonical ids <paramref name="typeIds"/>.</summary>
    public PortableConstants(ModuleBuilder module, int[] typeIds)
    {
        Holder = module.DefineType(HolderName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Abstract | TypeAttributes.Class);
        _typeIds = Holder.DefineField(TypeIdsName, typeof(int[]), FieldAttributes.Public | FieldAttributes.Static);
        _simdSlots = Holder.DefineField(SimdSlotsName, typeof(Vector128<byte>[]), FieldAttributes.Public | FieldAttributes.Static);

        // Equal canonical ids mean equal types, in every process: any type index with the id will do.
        for (int i = typeIds.Length - 1; i >= 0; i--)
        {
            _indexOfTypeId[typeIds[i]] = i;
        }
    }

    /// <summary>The type holding the fields; created with the rest of the assembly.</summary>
    public TypeBuilder Holder { get; }

    /// <summary>The SIMD constants in slot order, saved with the code (<see cref="Fill"/> needs them).</summary>
    public IReadOnlyList<(ulong Low, ulong High)> Simd => _simd;

    /// <summary>Emits the canonical id <paramref name="typeId"/> (of this module's types, or -1 for none) as a load.</summary>
    public void EmitTypeId(ILGenerator il, int typeId)
    {
        if (!_indexOfTypeId.TryGetValue(typeId, out int index))
        {
            il.Emit(OpCodes.Ldc_I4, typeId);
            return;
        }

        il.Emit(OpCodes.Ldsfld, _typeIds);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem_I4);
    }

    /// <summary>Emits a load of the SIMD constant (<paramref name="low"/>, <paramref name="high"/>).</summary>
    public void EmitSimd(ILGenerator il, ulong low, ulong high)
    {
        if (!_simdIndices.TryGetValue((low, high), out int index))
        {
            index = _simd.Count;
            _simd.Add((low, high));
            _simdIndices.Add((low, high), index);
        }

        il.Emit(OpCodes.Ldsfld, _simdSlots);
        il.Emit(OpCodes.Ldc_I4, index);
        il.Emit(OpCodes.Ldelem, typeof(Vector128<byte>));
    }

    /// <summary>
    /// Fills the holder of a loaded assembly with this process's canonical ids <paramref name="typeIds"/>
    /// and the SIMD constants <paramref name="simd"/>; before any of its code runs.
    /// </summary>
    public static void Fill([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type holder, int[] typeIds, IReadOnlyList<(ulong Low, ulong High)> simd)
    {
        var slots = new Vector128<byte>[simd.Count];
        for (int i = 0; i < slots.Length; i++)
        {
            slots[i] = Vector128.Create(simd[i].Low, simd[i].High).AsByte();
        }

        holder.GetField(TypeIdsName)!.SetValue(null, typeIds);
        holder.GetField(SimdSlotsName)!.SetValue(null, slots);
    }
}
