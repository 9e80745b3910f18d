namespace WasmSharp.Text.Instructions;

/// <summary>Control, parametric and variable instructions (binary spec 5.4.1-5.4.4; legacy exceptions in the appendix).</summary>
internal static class ControlOps
{
    public const string Table = """
        unreachable 00
        nop 01
        block 02 Block
        loop 03 Block
        if 04 Block
        try 06 Block
        throw 08 Tag
        rethrow 09 Label
        throw_ref 0A
        br 0C Label
        br_if 0D Label
        br_table 0E BrTable
        return 0F
        call 10 Func
        call_indirect 11 CallIndirect
        return_call 12 Func
        return_call_indirect 13 CallIndirect
        call_ref 14 Type
        return_call_ref 15 Type
        drop 1A
        select 1B Select
        try_table 1F Block
        local.get 20 Local
        local.set 21 Local
        local.tee 22 Local
        global.get 23 Global
        global.set 24 Global
        br_on_null D5 Label
        br_on_non_null D6 Label
        """;
}
