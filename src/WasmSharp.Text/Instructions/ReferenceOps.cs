namespace WasmSharp.Text.Instructions;

/// <summary>Reference and GC instructions (binary spec 5.4.2 "Reference Instructions", 0xFB-prefixed aggregate instructions).</summary>
internal static class ReferenceOps
{
    public const string Table = """
        ref.null D0 HeapType
        ref.is_null D1
        ref.func D2 Func
        ref.eq D3
        ref.as_non_null D4
        struct.new FB:00 Type
        struct.new_default FB:01 Type
        struct.get FB:02 StructField
        struct.get_s FB:03 StructField
        struct.get_u FB:04 StructField
        struct.set FB:05 StructField
        array.new FB:06 Type
        array.new_default FB:07 Type
        array.new_fixed FB:08 ArrayFixed
        array.new_data FB:09 ArrayData
        array.new_elem FB:0A ArrayElem
        array.get FB:0B Type
        array.get_s FB:0C Type
        array.get_u FB:0D Type
        array.set FB:0E Type
        array.len FB:0F
        array.fill FB:10 Type
        array.copy FB:11 ArrayCopy
        array.init_data FB:12 ArrayData
        array.init_elem FB:13 ArrayElem
        ref.test FB:14 RefType
        ref.cast FB:16 RefType
        br_on_cast FB:18 BrOnCast
        br_on_cast_fail FB:19 BrOnCast
        any.convert_extern FB:1A
        extern.convert_any FB:1B
        ref.i31 FB:1C
        i31.get_s FB:1D
        i31.get_u FB:1E
        """;
}
