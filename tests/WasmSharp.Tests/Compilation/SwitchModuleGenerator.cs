using System.Globalization;
using System.Text;

namespace WasmSharp.Tests.Compilation;

/// <summary>
/// Writes a module shaped like a C bytecode interpreter, as clang compiles one: a loop that reads
/// an opcode from memory and dispatches on it with a <c>br_table</c> over a ladder of
/// <c>cases</c> nested blocks, the body of case k after the end of block k. The
/// bodies mix what real ones do: most go back to the loop, some fall through into the next case,
/// jump forward to a later case, leave by the shared tail after the switch or return; they write
/// locals, load and store memory, call a function that grows memory, run inner loops, and every
/// <c>largeEvery</c>-th is about <c>largeBytes</c> bytes of code. With <c>tailEvery</c>, every
/// <c>tailEvery</c>-th case is also a tail that the five cases before it may jump to (as clang
/// shares the error and unwind code of an interpreter's opcodes), of about <c>tailBytes</c>. With
/// <c>mergeAt</c>, a block with a result sits in the ladder around block <c>mergeAt</c>: case
/// <c>mergeAt</c> ends with a value that the code after that block folds into a local, as clang
/// merges cases that compute a value. With <c>pushAt</c>, a value is pushed inside block
/// <c>pushAt</c> before the blocks within it are opened, and dropped by the case after them. With
/// <c>ifAt</c>, the blocks within block <c>ifAt</c> sit in the then-arm of an <c>if</c> on the
/// opcode (clang's guard around a switch), whose else-arm goes back to the loop. With
/// <c>loopAt</c>, they sit in a <c>loop</c> that case <c>loopAt</c> repeats once in a while. Export
/// <c>run(steps) -> i64</c> runs that many opcodes of a pseudo-random program that
/// <c>init(seed)</c> writes, and returns a hash of the machine's state.
/// </summary>
internal static class SwitchModuleGenerator
{
    public static string Wat(int cases, int largeEvery, int largeBytes, int tailEvery = 0, int tailBytes = 0, int mergeAt = -1, int pushAt = -1, int ifAt = -1, int loopAt = -1)
    {
        var w = new StringBuilder();
        w.AppendLine("(module");
        w.AppendLine("  (memory 2)");
        w.AppendLine("  (global $grown (mut i32) (i32.const 0))");
        // A callee that may move memory: the caller must reload its base and bounds after it.
        w.AppendLine("  (func $grow (param $n i32) (result i32)");
        w.AppendLine("    (if (i32.lt_u (memory.size) (i32.const 8)) (then (drop (memory.grow (i32.const 1))) (global.set $grown (i32.add (global.get $grown) (i32.const 1)))))");
        w.AppendLine("    (i32.add (local.get $n) (memory.size)))");
        w.AppendLine("  (func (export \"init\") (param $seed i32) (local $i i32)");
        w.AppendLine("    (loop $fill");
        w.AppendLine("      (local.set $seed (i32.add (i32.mul (local.get $seed) (i32.const 1103515245)) (i32.const 12345)))");
        w.AppendLine("      (i32.store8 (local.get $i) (i32.shr_u (local.get $seed) (i32.const 16)))");
        w.AppendLine("      (local.set $i (i32.add (local.get $i) (i32.const 1)))");
        w.AppendLine("      (br_if $fill (i32.lt_u (local.get $i) (i32.const 65536)))))");
        w.AppendLine("  (func (export \"run\") (param $steps i32) (result i64)");
        w.AppendLine("    (local $pc i32) (local $op i32) (local $a i64) (local $b i32) (local $c f64) (local $k i32)");
        w.AppendLine("    (block $done");
        w.AppendLine("      (loop $next");
        w.AppendLine("        (br_if $done (i32.eqz (local.get $steps)))");
        w.AppendLine("        (local.set $steps (i32.sub (local.get $steps) (i32.const 1)))");
        w.AppendLine("        (local.set $op (i32.load8_u (i32.and (local.get $pc) (i32.const 65535))))");
        w.AppendLine("        (local.set $pc (i32.add (local.get $pc) (i32.const 1)))");
        w.Append("        (block $join (block $default ");
        for (int k = cases - 1; k >= 0; k--)
        {
            w.Append(CultureInfo.InvariantCulture, $"(block $c{k} ");
            if (k == pushAt)
            {
                w.Append("(i32.const 7) ");
            }

            if (mergeAt >= 0 && k == mergeAt + 1)
            {
                w.Append("(block $merge (result i32) ");
            }

            if (ifAt >= 0 && k == ifAt + 1)
            {
                w.Append("(if (i32.ne (local.get $op) (i32.const 255)) (then ");
            }

            if (loopAt >= 0 && k == loopAt + 1)
            {
                w.Append("(loop $again ");
            }
        }

        w.AppendLine();
        // Opcodes 0..255; the table covers `cases` of them (some twice), the rest go to default.
        w.Append("          (br_table");
        for (int i = 0; i < Math.Min(cases + cases / 8, 256); i++)
        {
            w.Append(CultureInfo.InvariantCulture, $" $c{i % cases}");
        }

        w.AppendLine(" $default (local.get $op)))");
        for (int k = 0; k < cases; k++)
        {
            int tail = tailEvery > 0 ? k + tailEvery - 1 - (k % tailEvery) : -1;
            int bytes = k % largeEvery == largeEvery - 1 ? largeBytes : 0;
            AppendCase(w, k, cases, tail == k ? Math.Max(bytes, tailBytes) : bytes, tail > k && tail - k <= 5 && tail < cases ? tail : -1);
            if (k == mergeAt)
            {
                // The value at the end of $merge, folded into $b after it; then case k + 1.
                w.AppendLine(CultureInfo.InvariantCulture, $"        (i32.const {k}))");
                w.AppendLine("        local.get $b i32.xor local.set $b");
            }

            if (k == pushAt - 1)
            {
                w.AppendLine("        (drop)");
            }

            if (k == loopAt)
            {
                // Runs the switch again for the same opcode while $b has a given low bit pattern.
                w.AppendLine("        (br_if $again (i32.eq (i32.and (local.tee $b (i32.add (local.get $b) (i32.const 1))) (i32.const 7)) (i32.const 3))))");
            }

            if (k == ifAt)
            {
                // The end of the then-arm, and the else-arm: opcode 255 skips the switch.
                w.AppendLine("        ) (else (local.set $b (i32.add (local.get $b) (i32.const 3))) (br $next)))");
            }

            w.AppendLine(")");
        }

        // default
        w.AppendLine("        (local.set $a (i64.xor (local.get $a) (i64.extend_i32_u (local.get $op))))");
        w.AppendLine("        (br $next))");
        // The shared tail after the switch, where `break`s go.
        w.AppendLine("        (local.set $b (i32.add (local.get $b) (i32.const 7)))");
        w.AppendLine("        (i32.store offset=65536 (i32.const 0) (local.get $b))");
        w.AppendLine("        (br $next)))");
        w.AppendLine("    (i64.add (i64.add (local.get $a) (i64.extend_i32_u (local.get $b)))");
        w.AppendLine("      (i64.add (i64.reinterpret_f64 (local.get $c)) (i64.extend_i32_u (i32.add (global.get $grown) (i32.load offset=65536 (i32.const 0)))))))");
        w.AppendLine(")");
        return w.ToString();
    }

    private static void AppendCase(StringBuilder w, int k, int cases, int largeBytes, int tail)
    {
        string n = k.ToString(CultureInfo.InvariantCulture);
        w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $a (i64.add (i64.mul (local.get $a) (i64.const 31)) (i64.const {k * 7 + 1})))");
        if (tail >= 0)
        {
            // Goes to a shared tail: the body of a later case.
            w.AppendLine(CultureInfo.InvariantCulture, $"        (br_if $c{tail} (i32.eq (i32.and (local.get $b) (i32.const 12)) (i32.const 4)))");
        }

        switch (k % 9)
        {
            case 0:
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $b (i32.xor (local.get $b) (i32.load offset={k * 4} (i32.const 0))))");
                w.AppendLine(CultureInfo.InvariantCulture, $"        (i32.store offset={k * 4} (i32.const 0) (i32.add (local.get $b) (i32.const {n})))");
                break;
            case 1:
                // Falls through into the next case's body.
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $c (f64.add (local.get $c) (f64.convert_i32_u (local.get $op))))");
                return;
            case 2:
                // Jumps forward to the body of a later case.
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $b (i32.rotl (local.get $b) (i32.const 3)))");
                string later = k + 5 < cases ? $"$c{k + 5}" : "$default";
                w.AppendLine(CultureInfo.InvariantCulture, $"        (br_if {later} (i32.and (local.get $b) (i32.const 1)))");
                break;
            case 3:
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $b (call $grow (local.get $b)))");
                w.AppendLine(CultureInfo.InvariantCulture, $"        (i32.store8 offset=100 (local.get $k) (local.get $b))");
                break;
            case 4:
                // Leaves through the shared tail after the switch.
                w.AppendLine(CultureInfo.InvariantCulture, $"        (br_if $join (i32.gt_u (local.get $op) (i32.const 128)))");
                break;
            case 5:
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $k (i32.const 0))");
                w.AppendLine(CultureInfo.InvariantCulture, $"        (loop $inner{n}");
                w.AppendLine(CultureInfo.InvariantCulture, $"          (local.set $a (i64.add (local.get $a) (i64.load offset=8 (i32.shl (local.get $k) (i32.const 3)))))");
                w.AppendLine(CultureInfo.InvariantCulture, $"          (local.set $k (i32.add (local.get $k) (i32.const 1)))");
                w.AppendLine(CultureInfo.InvariantCulture, $"          (br_if $inner{n} (i32.lt_u (local.get $k) (i32.const {k % 13 + 1}))))");
                break;
            case 6:
                // Returns from the middle of the interpreter when the program says so.
                w.AppendLine(CultureInfo.InvariantCulture, $"        (if (i32.eq (local.get $b) (i32.const {k * 1000 + 17})) (then (return (local.get $a))))");
                break;
            case 7:
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $c (f64.mul (f64.add (local.get $c) (f64.const 1.5)) (f64.const 0.75)))");
                w.AppendLine(CultureInfo.InvariantCulture, $"        (br $join)");
                return;
            default:
                w.AppendLine(CultureInfo.InvariantCulture, $"        (local.set $b (i32.sub (local.get $b) (i32.wrap_i64 (local.get $a))))");
                break;
        }

        // Large bodies: straight-line arithmetic and branches, bigger than a region piece.
        for (int i = 0; i * 40 < largeBytes; i++)
        {
            w.AppendLine(CultureInfo.InvariantCulture, $"        (if (i32.and (local.get $b) (i32.const {1 << (i % 31)})) (then (local.set $a (i64.xor (local.get $a) (i64.const {i * 977 + k})))) (else (local.set $b (i32.add (local.get $b) (i32.const {i + 1})))))");
        }

        w.AppendLine("        (br $next)");
    }
}
