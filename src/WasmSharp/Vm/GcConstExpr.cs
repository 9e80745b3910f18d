using WasmSharp.Binary;
using WasmSharp.Types;

namespace WasmSharp.Vm;

/// <summary>
/// The constant GC instructions (spec valid/instructions.rst "Constant Expressions": struct.new,
/// struct.new_default, array.new, array.new_default, array.new_fixed, ref.i31, any.convert_extern,
/// extern.convert_any) for <see cref="ConstExprEvaluator"/>, on its stack of untyped values.
/// </summary>
internal static class GcConstExpr
{
    /// <summary>Evaluates the 0xFB instruction whose sub-opcode follows in <paramref name="reader"/>.</summary>
    public static void Evaluate(ModuleInfo module, ref WasmReader reader, List<ValRaw> values)
    {
        GcTypes types = GcTypes.For(module);
        uint sub = reader.ReadVarUInt32();
        switch (sub)
        {
            case 0:
            case 1:
            {
                int typeIndex = reader.ReadCount();
                GcStructLayout layout = types.Layout(typeIndex);
                var result = new StructRef(types.TypeIds[typeIndex], layout.NumSlots, layout.RefSlots);
                if (sub == 0)
                {
                    int first = values.Count - layout.Fields.Length;
                    for (int i = 0; i < layout.Fields.Length; i++)
                    {
                        layout.SetRaw(result, i, values[first + i]);
                    }

                    values.RemoveRange(first, layout.Fields.Length);
                }

                values.Add(ValRaw.FromRef(result));
                break;
            }

            case 6:
            case 7:
            case 8:
            {
                int typeIndex = reader.ReadCount();
                StorageType storage = types.ArrayElement(typeIndex).Storage;
                int length = sub == 8 ? reader.ReadCount() : Pop(values).AsI32;
                Array data = GcArrayRaw.Allocate(storage, length);
                if (sub == 6)
                {
                    ValRaw fill = Pop(values);
                    for (int i = 0; i < length; i++)
                    {
                        GcArrayRaw.Set(data, i, fill);
                    }
                }
                else if (sub == 8)
                {
                    int first = values.Count - length;
                    for (int i = 0; i < length; i++)
                    {
                        GcArrayRaw.Set(data, i, values[first + i]);
                    }

                    values.RemoveRange(first, length);
                }

                values.Add(ValRaw.FromRef(new ArrayRef(types.TypeIds[typeIndex], data)));
                break;
            }

            case 26:
            case 27:
                // Conversions between extern and any leave the reference itself unchanged.
                break;
            case 28:
                values.Add(ValRaw.FromRef(GcOps.I31New(Pop(values).AsI32)));
                break;
            default:
                throw new InvalidOperationException($"instruction 0xFB {sub} is not constant");
        }
    }

    private static ValRaw Pop(List<ValRaw> values)
    {
        ValRaw v = values[^1];
        values.RemoveAt(values.Count - 1);
        return v;
    }
}
