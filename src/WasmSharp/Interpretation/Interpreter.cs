using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using WasmSharp.Vm;
using V128 = System.Runtime.Intrinsics.Vector128<byte>;

namespace WasmSharp.Interpretation;

/// <summary>
/// Runs interpreted functions (DESIGN.md decision 15): one loop over the register code of
/// <see cref="Translator"/>, with interpreted calls and returns pushing and popping
/// <see cref="Frame"/>s of the thread's <see cref="InterpreterStack"/> rather than recursing. The
/// loop keeps the code, the frame pointer and the instance in locals; everything rare (traps, calls
/// out to host or compiled functions, growth) is in separate methods.
/// </summary>
internal static unsafe partial class Interpreter
{
    // Runs from the innermost frame's Pc until the frame at entryFrames returns. RunCatching
    // (Interpreter.Exception.cs) calls it again at the handler when a wasm exception is caught.
    // Fully optimized from the first call: the loop is entered once per activation and spins, so
    // tiered compilation would run it as unoptimized Tier-0 code and then as an on-stack-replaced
    // variant that keeps its locals in the Tier-0 frame. Where the assembly is compiled ahead
    // (READYTORUN: the CLI tool and the packages' runtimes/<rid>/ images) that is the image's code:
    // crossgen2 skips AggressiveOptimization methods, and then every process JIT-compiled these
    // 40 KB of IL, about 100 ms; the precompiled loop also ran faster (shootout-base64 interpreted,
    // whole process: 2.4-2.7 s against 2.9 s, docs/first-result.md). Elsewhere the JIT compiles it
    // at its first call (InterpreterWarmup starts that early).
#if !READYTORUN
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
#endif
    internal static unsafe void Run(InterpreterStack stack, int entryFrames)
    {
        ref Frame current = ref stack.Frames[stack.FrameCount - 1];
        InterpretedFunction function = current.Function;
        InstanceContext cx = current.Context;
        ref int code0 = ref MemoryMarshal.GetArrayDataReference(function.Code.Code);
        ref int ip = ref Unsafe.Add(ref code0, current.Pc);
        int fpIndex = current.Fp;
        ValRaw[] values = stack.Values;
        ref ValRaw fp = ref values[fpIndex];

        // Memory 0's base and length, reloaded wherever they may have changed: after calls and
        // returns (another instance, or a host function, may have grown it) and after rare
        // instructions (memory.grow). A shared memory that another thread grew fails the fast
        // check and takes the slow path, which reads the current length.
        (nint memoryBase, ulong memoryLength) = LoadMemory(cx);
        // The cases reach their slots through Unsafe.Add, As, ReadUnaligned and WriteUnaligned, which
        // the JIT expands as intrinsics, rather than through the operand helpers (S, D, A32, ReadV,
        // SetV...): every helper is an inlinee, and past RyuJIT's inlining budget for this method
        // the rest stay calls (measured: with the helpers, the vector cases and the float ones were
        // calls, several per instruction). For the same reason an i32 result is written as
        // `(uint)x` or `c ? 1u : 0u`: with an I32() helper in the 86 cases that write one, the
        // vector cases were calls again (JitDisasm of Run, 2026-12-03).
        while (true)
        {
            switch (ip)
            {
                case (int)Op.Copy:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits;
                    ip = ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.Copy2:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits;
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits;
                    ip = ref Unsafe.Add(ref ip, 5);
                    continue;
                case (int)Op.Const32:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)Unsafe.Add(ref ip, 2);
                    ip = ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.Const64:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Imm64(ref ip, 2);
                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                case (int)Op.Br:
                    ip = ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 1));
                    continue;
                case (int)Op.BrIfNez:
                    ip = ref (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits != 0 ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 2)) : ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.BrIfEqz:
                    ip = ref (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits == 0 ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 2)) : ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.BrIfI32 + 0: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits == (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 1: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits != (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 2: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits < (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 3: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits < (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 4: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits > (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 5: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits > (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 6: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits <= (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 7: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits <= (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 8: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits >= (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32 + 9: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits >= (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 0: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits == Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 1: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits != Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 2: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits < Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 3: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits < (uint)Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 4: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits > Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 5: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits > (uint)Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 6: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits <= Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 7: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits <= (uint)Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 8: ip = ref (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits >= Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.BrIfI32Imm + 9: ip = ref (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits >= (uint)Unsafe.Add(ref ip, 2) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3)) : ref Unsafe.Add(ref ip, 4); continue;

                // A counter step and the test of its new value (the second operand read after the write).
                case (int)Op.I32AddImmBrIfI32Imm + 0: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(0, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 1: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(1, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 2: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(2, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 3: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(3, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 4: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(4, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 5: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(5, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 6: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(6, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 7: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(7, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 8: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(8, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32Imm + 9: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(9, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 0: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(0, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 1: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(1, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 2: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(2, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 3: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(3, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 4: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(4, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 5: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(5, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 6: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(6, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 7: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(7, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 8: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(8, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddImmBrIfI32 + 9: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(9, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 0: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(0, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 1: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(1, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 2: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(2, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 3: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(3, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 4: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(4, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 5: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(5, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 6: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(6, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 7: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(7, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 8: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(8, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32Imm + 9: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(9, sum, Unsafe.Add(ref ip, 4)) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 0: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(0, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 1: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(1, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 2: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(2, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 3: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(3, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 4: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(4, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 5: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(5, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 6: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(6, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 7: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(7, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 8: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(8, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddBrIfI32 + 9: { int sum = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)sum; ip = ref Holds(9, sum, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6); continue; }

                case (int)Op.I32AddImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32MulImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32AndImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32OrImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits | Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32XorImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32ShlImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32ShrSImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.F64MulAdd:
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64((AD(ref fp, ref ip) * BD(ref fp, ref ip)) + BitConverter.UInt64BitsToDouble(Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits));
                    ip = ref Unsafe.Add(ref ip, 5);
                    continue;
                case (int)Op.I32AddShlImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << Unsafe.Add(ref ip, 3)) + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32MulAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64MulAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32ShlImmXor: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << Unsafe.Add(ref ip, 3)) ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32XorXor: { uint t = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits; ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I64XorXor: { ulong t = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits; ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I64AndNotXor: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (~Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits; ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64AndXor: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits; ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64AndNot: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ~Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32AddRotlImm: { uint t = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (t << Unsafe.Add(ref ip, 5)) | (t >> Unsafe.Add(ref ip, 6)); ip = ref Unsafe.Add(ref ip, 7); continue; }
                case (int)Op.I64AddRotlImm: { ulong t = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (t << Unsafe.Add(ref ip, 5)) | (t >> Unsafe.Add(ref ip, 6)); ip = ref Unsafe.Add(ref ip, 7); continue; }
                case (int)Op.I32RotlXor: { uint x = (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; uint t = (x << Unsafe.Add(ref ip, 3)) | (x >> Unsafe.Add(ref ip, 4)); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6)).Bits; ip = ref Unsafe.Add(ref ip, 7); continue; }
                case (int)Op.I64RotlXor: { ulong x = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ulong t = (x << Unsafe.Add(ref ip, 3)) | (x >> Unsafe.Add(ref ip, 4)); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6)).Bits; ip = ref Unsafe.Add(ref ip, 7); continue; }
                case (int)Op.I64MulAddShrUImm: { ulong t = (Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) + Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t >> Unsafe.Add(ref ip, 6); ip = ref Unsafe.Add(ref ip, 7); continue; }
                case (int)Op.I64ShrUImmAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3)) + Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits; ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32AndNot: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(~(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32AddImmAnd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) & (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32AndImmOr: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Unsafe.Add(ref ip, 3)) | (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32AddImmLtUImmAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) < (uint)Unsafe.Add(ref ip, 4) ? 1 : 0) + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits); ip = ref Unsafe.Add(ref ip, 6); continue;
                case (int)Op.I32AddImmXorImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) ^ Unsafe.Add(ref ip, 4)); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.MemoryZeroAddRegister + 0:
                    { ulong at = EffectiveAddRegister(ref fp, ref ip); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddRegister + 1:
                    { ulong at = EffectiveAddRegister(ref fp, ref ip); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<ulong>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddRegister + 2:
                    { ulong at = EffectiveAddRegister(ref fp, ref ip); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)(int)*(sbyte*)((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddRegister + 3:
                    { ulong at = EffectiveAddRegister(ref fp, ref ip); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = *((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.I32LoadMulAdd:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((Unsafe.ReadUnaligned<int>((byte*)memoryBase + at) * (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits) + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits); ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32StoreAdd:
                    { ulong at = Effective(ref fp, ref ip, 1, 4); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.F32MulAdd:
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32((AF(ref fp, ref ip) * BF(ref fp, ref ip)) + BitConverter.UInt32BitsToSingle((uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits));
                    ip = ref Unsafe.Add(ref ip, 5);
                    continue;
                case (int)Op.MemoryZeroStoreImm + 0:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.Add(ref ip, 2)); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZeroStoreImm + 1:
                    { ulong at = Effective(ref fp, ref ip, 1, 4); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Imm64(ref ip, 2)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreImm + 2:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 1 > memoryLength) goto memoryMiss; *((byte*)memoryBase + at) = (byte)Unsafe.Add(ref ip, 2); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZeroStoreImm + 3:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (ushort)Unsafe.Add(ref ip, 2)); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.I32RotlImm: { uint x = (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 3)) | (x >> Unsafe.Add(ref ip, 4)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.I32XorRotlImm: { uint x = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 4)) | (x >> Unsafe.Add(ref ip, 5)); ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddXor: { int t = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = (uint)t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(t ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits); ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I32AddXorRotlImm:
                {
                    int t = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits;
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = (uint)t;
                    uint x = (uint)(t ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits);
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 6)) | (x >> Unsafe.Add(ref ip, 7));
                    ip = ref Unsafe.Add(ref ip, 8);
                    continue;
                }

                case (int)Op.I32ShrUImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 0: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits == Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 1: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits != Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 2: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 3: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < (uint)Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 4: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 5: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > (uint)Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 6: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 7: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= (uint)Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 8: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32CompareImm + 9: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= (uint)Unsafe.Add(ref ip, 3) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I64AddImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Imm64(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64AndImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & Imm64(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64ShlImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << Unsafe.Add(ref ip, 3); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I64ShrSImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I64ShrUImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I64XorImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ Imm64(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64OrImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits | Imm64(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64MulImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * Imm64(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I64RotlImm: { ulong x = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 3)) | (x >> Unsafe.Add(ref ip, 4)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.I64XorRotlImm: { ulong x = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 4)) | (x >> Unsafe.Add(ref ip, 5)); ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I64AddXor: { ulong t = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits; ip = ref Unsafe.Add(ref ip, 6); continue; }
                case (int)Op.I64AddXorRotlImm:
                {
                    ulong t = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits);
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t;
                    ulong x = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits;
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 6)) | (x >> Unsafe.Add(ref ip, 7));
                    ip = ref Unsafe.Add(ref ip, 8);
                    continue;
                }

                case (int)Op.I32ShrUAndImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> Unsafe.Add(ref ip, 3)) & (uint)Unsafe.Add(ref ip, 4); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I32AddImmLtUImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) < (uint)Unsafe.Add(ref ip, 4) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 5); continue;

                // Loads and stores of a 32-bit memory 0: dst|address, address|value, offset.
                case (int)Op.MemoryZero + 0x00: case (int)Op.MemoryZero + 0x02:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x01: case (int)Op.MemoryZero + 0x03:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<ulong>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x04:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)(int)*(sbyte*)((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x05: case (int)Op.MemoryZero + 0x09:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = *((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x06:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)(int)Unsafe.ReadUnaligned<short>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x07: case (int)Op.MemoryZero + 0x0B:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<ushort>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x08:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)*(sbyte*)((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x0A:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)Unsafe.ReadUnaligned<short>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x0C:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)Unsafe.ReadUnaligned<int>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x0D:
                    { ulong at = Effective(ref fp, ref ip, 2, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); continue; }
                // Stores to a 32-bit memory 0 at `i32.add x c`: x, c, value|imm, offset.
                case (int)Op.MemoryZeroStoreAddImm + 0:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreAddImm + 1:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreAddImm + 2:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 1 > memoryLength) goto memoryMiss; *((byte*)memoryBase + at) = (byte)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreAddImm + 3:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (ushort)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreImmAddImm + 0:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreImmAddImm + 2:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 1 > memoryLength) goto memoryMiss; *((byte*)memoryBase + at) = (byte)Unsafe.Add(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroStoreImmAddImm + 3:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 1); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (ushort)Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                // Loads of a 32-bit memory 0 at `i32.add a imm`: dst, a, imm, offset.
                case (int)Op.MemoryZeroAddImm + 0x00: case (int)Op.MemoryZeroAddImm + 0x02:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x01: case (int)Op.MemoryZeroAddImm + 0x03:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<ulong>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x04:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)(int)*(sbyte*)((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x05: case (int)Op.MemoryZeroAddImm + 0x09:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = *((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x06:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)(int)Unsafe.ReadUnaligned<short>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x07: case (int)Op.MemoryZeroAddImm + 0x0B:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<ushort>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x08:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)*(sbyte*)((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x0A:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)Unsafe.ReadUnaligned<short>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x0C:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (ulong)(long)Unsafe.ReadUnaligned<int>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZeroAddImm + 0x0D:
                    { ulong at = EffectiveAddImm(ref fp, ref ip, 2); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.MemoryZero + 0x0E: case (int)Op.MemoryZero + 0x10: case (int)Op.MemoryZero + 0x16:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x0F: case (int)Op.MemoryZero + 0x11:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 8 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x12: case (int)Op.MemoryZero + 0x14:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 1 > memoryLength) goto memoryMiss; *((byte*)memoryBase + at) = (byte)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.MemoryZero + 0x13: case (int)Op.MemoryZero + 0x15:
                    { ulong at = Effective(ref fp, ref ip, 1, 3); if (at + 2 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (ushort)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue; }

                case 0x45: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits == 0 ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x46: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits == (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x47: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits != (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x48: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x49: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x4F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x50: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits == 0 ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x51: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits == (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x52: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits != (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x53: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x54: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits < (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x55: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x56: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits > (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x57: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x58: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits <= (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x59: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = ((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >= (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) == BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) != BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) < BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) > BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x5F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) <= BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x60: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AF(ref fp, ref ip) >= BF(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x61: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) == BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x62: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) != BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x63: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) < BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x64: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) > BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x65: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) <= BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x66: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (AD(ref fp, ref ip) >= BD(ref fp, ref ip) ? 1u : 0u); ip = ref Unsafe.Add(ref ip, 4); continue;

                case 0x67: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.LeadingZeroCount((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x68: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.TrailingZeroCount((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x69: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.PopCount((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x6A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x6B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits - (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x6C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x6D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(IntegerOps.I32DivS(SignedDividend((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip), Divisor((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x6E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(IntegerOps.I32DivU((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x6F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(IntegerOps.I32RemS((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x70: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(IntegerOps.I32RemU((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x71: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x72: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits | (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x73: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x74: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x75: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x76: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)((uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x77: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(RotateOps.I32Rotl((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x78: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(RotateOps.I32Rotr((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits)); ip = ref Unsafe.Add(ref ip, 4); continue;

                case 0x79: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.LeadingZeroCount((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x7A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.TrailingZeroCount((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x7B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)BitOperations.PopCount((ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x7C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x7D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits - (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x7E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x7F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)IntegerOps.I64DivS(SignedDividend((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip), Divisor((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x80: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)IntegerOps.I64DivU((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x81: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)IntegerOps.I64RemS((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x82: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)IntegerOps.I64RemU((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, Divisor((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x83: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x84: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits | (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x85: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x86: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits << (int)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x87: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> (int)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x88: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits >> (int)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits; ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x89: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)RotateOps.I64Rotl((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x8A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)RotateOps.I64Rotr((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits, (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); continue;

                case 0x8B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32Abs(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x8C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32Neg(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x8D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(MathF.Ceiling(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x8E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(MathF.Floor(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x8F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(MathF.Truncate(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x90: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32Nearest(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x91: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(MathF.Sqrt(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x92: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(AF(ref fp, ref ip) + BF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x93: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(AF(ref fp, ref ip) - BF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x94: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(AF(ref fp, ref ip) * BF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x95: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(AF(ref fp, ref ip) / BF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x96: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32Min(AF(ref fp, ref ip), BF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x97: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32Max(AF(ref fp, ref ip), BF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0x98: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(FloatOps.F32CopySign(AF(ref fp, ref ip), BF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;

                case 0x99: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64Abs(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9A: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64Neg(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9B: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(Math.Ceiling(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9C: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(Math.Floor(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9D: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(Math.Truncate(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9E: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64Nearest(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0x9F: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(Math.Sqrt(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xA0: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(AD(ref fp, ref ip) + BD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA1: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(AD(ref fp, ref ip) - BD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA2: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(AD(ref fp, ref ip) * BD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA3: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(AD(ref fp, ref ip) / BD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA4: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64Min(AD(ref fp, ref ip), BD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA5: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64Max(AD(ref fp, ref ip), BD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case 0xA6: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(FloatOps.F64CopySign(AD(ref fp, ref ip), BD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 4); continue;

                case 0xA7: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xA8: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncF32S(Truncatable(AF(ref fp, ref ip), ConversionOps.I32TruncF32SFits(AF(ref fp, ref ip)), ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xA9: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncF32U(Truncatable(AF(ref fp, ref ip), ConversionOps.I32TruncF32UFits(AF(ref fp, ref ip)), ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAA: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncF64S(Truncatable(AD(ref fp, ref ip), ConversionOps.I32TruncF64SFits(AD(ref fp, ref ip)), ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAB: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncF64U(Truncatable(AD(ref fp, ref ip), ConversionOps.I32TruncF64UFits(AD(ref fp, ref ip)), ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAC: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAD: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAE: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncF32S(Truncatable(AF(ref fp, ref ip), ConversionOps.I64TruncF32SFits(AF(ref fp, ref ip)), ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xAF: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncF32U(Truncatable(AF(ref fp, ref ip), ConversionOps.I64TruncF32UFits(AF(ref fp, ref ip)), ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB0: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncF64S(Truncatable(AD(ref fp, ref ip), ConversionOps.I64TruncF64SFits(AD(ref fp, ref ip)), ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB1: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncF64U(Truncatable(AD(ref fp, ref ip), ConversionOps.I64TruncF64UFits(AD(ref fp, ref ip)), ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB2: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB3: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(ConversionOps.F32ConvertI32U((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB4: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB5: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(ConversionOps.F32ConvertI64U((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB6: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F32(ConversionOps.F32DemoteF64(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB7: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB8: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(ConversionOps.F64ConvertI32U((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xB9: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xBA: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(ConversionOps.F64ConvertI64U((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xBB: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = F64(AF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xC0: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((sbyte)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xC1: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((short)(int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xC2: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)(sbyte)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xC3: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)(short)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;
                case 0xC4: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)(long)(int)(long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits; ip = ref Unsafe.Add(ref ip, 3); continue;

                case (int)Op.I32TruncSatF32S: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncSatF32S(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I32TruncSatF32U: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncSatF32U(AF(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I32TruncSatF64S: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncSatF64S(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I32TruncSatF64U: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(ConversionOps.I32TruncSatF64U(AD(ref fp, ref ip))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I64TruncSatF32S: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncSatF32S(AF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I64TruncSatF32U: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncSatF32U(AF(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I64TruncSatF64S: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncSatF64S(AD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I64TruncSatF64U: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (ulong)ConversionOps.I64TruncSatF64U(AD(ref fp, ref ip)); ip = ref Unsafe.Add(ref ip, 3); continue;

                case (int)Op.Select:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits != 0 ? Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits : Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits;
                    ip = ref Unsafe.Add(ref ip, 5);
                    continue;
                case (int)Op.GlobalGet:
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = cx.Globals[Unsafe.Add(ref ip, 2)].Bits;
                    ip = ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.GlobalSet:
                    cx.Globals[Unsafe.Add(ref ip, 1)].Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits;
                    ip = ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.Unreachable:
                    throw Positioned(ref ip, TrapHelpers.Unreachable());
                case (int)Op.BrOnNull:
                    ip = ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Ref is null ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 2)) : ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.BrOnNonNull:
                    ip = ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Ref is not null ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 2)) : ref Unsafe.Add(ref ip, 3);
                    continue;
                case (int)Op.BrOnCast:
                case (int)Op.BrOnCastFail:
                    ip = ref BranchOnCastTaken(ref ip, ref fp) ? ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 5)) : ref Unsafe.Add(ref ip, 6);
                    continue;
                case (int)Op.BrTable:
                {
                    uint index = (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits;
                    uint count = (uint)Unsafe.Add(ref ip, 2);
                    ip = ref Unsafe.Add(ref code0, Unsafe.Add(ref ip, 3 + (int)Math.Min(index, count)));
                    continue;
                }

                case (int)Op.ReturnCopy:
                    fp.Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits;
                    goto case (int)Op.Return;
                case (int)Op.Return:
                {
                    int frames = --stack.FrameCount;
                    if (frames == entryFrames)
                    {
                        return;
                    }

                    // Unchecked: the caller's frame is below the one that returns, and its slots
                    // were ensured when it was called.
                    ref Frame caller = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(stack.Frames), frames - 1);
                    function = caller.Function;
                    code0 = ref MemoryMarshal.GetArrayDataReference(function.Code.Code);
                    ip = ref Unsafe.Add(ref code0, caller.Pc);
                    fpIndex = caller.Fp;
                    fp = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(values), fpIndex);

                    // Memory 0's locals are this loop's: a callee in the same instance that grew
                    // it has reloaded them already.
                    if (!ReferenceEquals(cx, caller.Context))
                    {
                        cx = caller.Context;
                        (memoryBase, memoryLength) = LoadMemory(cx);
                    }

                    continue;
                }

                case (int)Op.Call:
                case (int)Op.CallCopy:
                case (int)Op.CallAddImm:
                case (int)Op.CallIndirect:
                case (int)Op.CallRef:
                {
                    FuncRef callee;
                    int @base;
                    int span;
                    int length;
                    if (ip == (int)Op.Call)
                    {
                        callee = cx.Functions[Unsafe.Add(ref ip, 1)];
                        @base = Unsafe.Add(ref ip, 2);
                        span = Unsafe.Add(ref ip, 3);
                        length = 4;
                    }
                    else if (ip == (int)Op.CallCopy)
                    {
                        Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits;
                        callee = cx.Functions[Unsafe.Add(ref ip, 1)];
                        @base = Unsafe.Add(ref ip, 2);
                        span = Unsafe.Add(ref ip, 3);
                        length = 6;
                    }
                    else if (ip == (int)Op.CallAddImm)
                    {
                        Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits + Unsafe.Add(ref ip, 6));
                        callee = cx.Functions[Unsafe.Add(ref ip, 1)];
                        @base = Unsafe.Add(ref ip, 2);
                        span = Unsafe.Add(ref ip, 3);
                        length = 7;
                    }
                    else if (ip == (int)Op.CallRef)
                    {
                        callee = CallRefTarget(Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Ref, ref ip);
                        @base = Unsafe.Add(ref ip, 2);
                        span = Unsafe.Add(ref ip, 3);
                        length = 4;
                    }
                    else
                    {
                        ulong index = Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits;
                        callee = ResolveIndirect(ref ip, index, cx);
                        @base = Unsafe.Add(ref ip, 4);
                        span = Unsafe.Add(ref ip, 5);
                        length = 6;
                    }

                    // Also where the search for a handler of an exception from the callee starts.
                    int next = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int)) + length;
                    stack.Frames[stack.FrameCount - 1].Pc = next;
                    if (callee.Interpreted is InterpretedFunction target)
                    {
                        InterpretedCode targetCode = target.Code;
                        int newFp = fpIndex + @base;
                        stack.EnsureSlots(newFp + targetCode.FrameSize, cx.Store);
                        stack.PushFrame(target, callee.Instance, newFp);
                        values = stack.Values;
                        function = target;
                        if (!ReferenceEquals(cx, callee.Instance))
                        {
                            cx = callee.Instance;
                            (memoryBase, memoryLength) = LoadMemory(cx);
                        }

                        code0 = ref MemoryMarshal.GetArrayDataReference(targetCode.Code);
                        ip = ref code0;
                        fpIndex = newFp;
                        fp = ref values[fpIndex];
                        ClearLocals(ref fp, targetCode.ParamCount, targetCode.LocalCount);
                        continue;
                    }

                    if (CallOut(stack, callee, fpIndex + @base, span, fpIndex + function.Code.FrameSize))
                    {
                        // An async host function's work is pending: the activation suspends here
                        // and resumes at `next` with its results (Interpreter.Async.cs).
                        return;
                    }

                    values = stack.Values;
                    fp = ref values[fpIndex];
                    (memoryBase, memoryLength) = LoadMemory(cx);
                    ip = ref Unsafe.Add(ref code0, next);
                    continue;
                }

                case (int)Op.ReturnCall:
                case (int)Op.ReturnCallIndirect:
                case (int)Op.ReturnCallRef:
                {
                    // Tail calls (Interpreter.TailCall.cs): the arguments move to slot 0 and the
                    // callee takes over this frame, so the frame count stays constant.
                    FuncRef callee = ResolveTailCallee(ref ip, ref fp, cx, out int operands);
                    int count = Unsafe.Add(ref ip, operands + 1);
                    values.AsSpan(fpIndex + Unsafe.Add(ref ip, operands), count).CopyTo(values.AsSpan(fpIndex, count));
                    if (callee.Interpreted is InterpretedFunction target)
                    {
                        InterpretedCode targetCode = target.Code;
                        stack.EnsureSlots(fpIndex + targetCode.FrameSize, cx.Store);
                        ref Frame frame = ref stack.Frames[stack.FrameCount - 1];
                        frame.Function = target;
                        frame.Context = callee.Instance;
                        values = stack.Values;
                        function = target;
                        if (!ReferenceEquals(cx, callee.Instance))
                        {
                            cx = callee.Instance;
                            (memoryBase, memoryLength) = LoadMemory(cx);
                        }

                        code0 = ref MemoryMarshal.GetArrayDataReference(targetCode.Code);
                        ip = ref code0;
                        fp = ref values[fpIndex];
                        ClearLocals(ref fp, targetCode.ParamCount, targetCode.LocalCount);
                        continue;
                    }

                    // A host or compiled callee runs on the .NET stack; its results land in slot 0.
                    if (TailCallOut(stack, callee, fpIndex, Unsafe.Add(ref ip, operands + 2), fpIndex + function.Code.FrameSize))
                    {
                        return;
                    }

                    values = stack.Values;
                    goto case (int)Op.Return;
                }

                case (int)Op.Throw:
                    // Pc just past the throwing instruction's start: where the handler search
                    // starts (Interpreter.Exception.cs).
                    stack.Frames[stack.FrameCount - 1].Pc = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int)) + 1;
                    throw CreateException(ref ip, ref fp, cx);
                case (int)Op.ThrowRef:
                    stack.Frames[stack.FrameCount - 1].Pc = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int)) + 1;
                    throw ExceptionHelpers.Rethrow(Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Ref);
                case (int)Op.Fuel:
                {
                    // Below the floor (0, or an async store's next yield) the slow path traps or yields.
                    StoreContext store = cx.Store;
                    if ((store.Fuel -= Unsafe.Add(ref ip, 1)) < store.FuelYieldFloor && FuelFloorReached(ref ip, stack, store))
                    {
                        stack.Frames[stack.FrameCount - 1].Pc = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int)) + 2;
                        return;
                    }

                    ip = ref Unsafe.Add(ref ip, 2);
                    continue;
                }

                case (int)Op.Hot:
                    if (--function.Hotness < 0)
                    {
                        function.Module.TierUp!.OnHot(function, cx);
                    }

                    ip = ref Unsafe.Add(ref ip, 1);
                    continue;
                case (int)Op.LoopHot:
                    if (--function.Hotness < 0 && EnterCompiledLoop(stack, function, cx, fpIndex, Unsafe.Add(ref ip, 1)))
                    {
                        // The compiled code ran the rest of the activation (Interpreter.Osr.cs).
                        values = stack.Values;
                        goto case (int)Op.Return;
                    }

                    ip = ref Unsafe.Add(ref ip, 2);
                    continue;
                case (int)Op.Epoch:
                {
                    StoreContext store = cx.Store;
                    if (Volatile.Read(ref store.Epoch.Value) >= store.EpochDeadline && EpochDeadlineReached(ref ip, stack, store, function))
                    {
                        stack.Frames[stack.FrameCount - 1].Pc = (int)(Unsafe.ByteOffset(ref code0, ref ip) / sizeof(int)) + 1;
                        return;
                    }

                    ip = ref Unsafe.Add(ref ip, 1);
                    continue;
                }

                case (int)Op.Const128:
                {
                    ref ValRaw destination = ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1));
                    destination.Bits = Imm64(ref ip, 2);
                    destination.Hi = Imm64(ref ip, 4);
                    ip = ref Unsafe.Add(ref ip, 6);
                    continue;
                }

                case (int)Op.Copy128:
                {
                    ref ValRaw source = ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2));
                    ref ValRaw destination = ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1));
                    destination.Bits = source.Bits;
                    destination.Hi = source.Hi;
                    ip = ref Unsafe.Add(ref ip, 3);
                    continue;
                }

                // The vector instructions SIMD kernels spend their time in, as cases of this switch:
                // one dispatch, the operands in registers (Interpreter.SimdFast.cs has the others).
                case (int)Op.V128Load: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (uint)Unsafe.Add(ref ip, 3); if (at + 16 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>((byte*)memoryBase + at)); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.V128LoadAddImm: { ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) + (uint)Unsafe.Add(ref ip, 4); if (at + 16 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>((byte*)memoryBase + at)); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.V128Store: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits + (uint)Unsafe.Add(ref ip, 3); if (at + 16 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2))))); ip = ref Unsafe.Add(ref ip, 4); continue; }
                case (int)Op.V128Store32Lane: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits + (uint)Unsafe.Add(ref ip, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, Unsafe.Add(ref Unsafe.As<ValRaw, uint>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2))), Unsafe.Add(ref ip, 4))); ip = ref Unsafe.Add(ref ip, 5); continue; }
                case (int)Op.V128Shuffle:
                {
                    if (Ssse3.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 4)))) | Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 8)))));
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), ShuffleMasked(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), ref ip));
                    }

                    ip = ref Unsafe.Add(ref ip, 12);
                    continue;
                }

                case (int)Op.V128And: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) & Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.V128AndNot: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.AndNot(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.V128Or: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) | Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.V128Xor: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.V128Bitselect: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ConditionalSelect(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))))); ip = ref Unsafe.Add(ref ip, 5); continue;
                case (int)Op.I8x16Add: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I16x8Add: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I16x8AddSatS: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.AddSaturate(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I16x8Mul: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16() * Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4Add: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4Sub: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() - Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4Mul: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt32() * Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt32()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4DotI16x8S:
                {
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Sse2.MultiplyAddAdjacent(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdIntegerOps.I32x4DotI16x8S(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))));
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.F32x4Add: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSingle() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsSingle()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.F32x4Mul: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSingle() * Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsSingle()).AsByte()); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4ShlImm:
                {
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Sse2.ShiftLeftLogical(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32(), Vector128.CreateScalar(Unsafe.Add(ref ip, 3) & 31).AsUInt32()).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ShiftLeft(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32(), Unsafe.Add(ref ip, 3) & 31).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.I32x4ShrSImm:
                {
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Sse2.ShiftRightArithmetic(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt32(), Vector128.CreateScalar(Unsafe.Add(ref ip, 3) & 31)).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ShiftRightArithmetic(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt32(), Unsafe.Add(ref ip, 3) & 31).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.I32x4ShrUImm:
                {
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Sse2.ShiftRightLogical(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32(), Vector128.CreateScalar(Unsafe.Add(ref ip, 3) & 31).AsUInt32()).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ShiftRightLogical(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32(), Unsafe.Add(ref ip, 3) & 31).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.I8x16Neg: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), V128.Zero - Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2))))); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I16x8ExtendLowI8x16S: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.WidenLower(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSByte()).AsByte()); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I16x8ExtendHighI8x16S: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.WidenUpper(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSByte()).AsByte()); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.F32x4ConvertI32x4S: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ConvertToSingle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt32()).AsByte()); ip = ref Unsafe.Add(ref ip, 3); continue;
                case (int)Op.I32x4ExtractLane: Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.Add(ref Unsafe.As<ValRaw, uint>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2))), Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); continue;
                case (int)Op.I32x4RotlImm:
                {
                    Vector128<uint> x = Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32();
                    int count = Unsafe.Add(ref ip, 3);
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.Shuffle1:
                {
                    if (Ssse3.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdOps.Swizzle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                    }

                    ip = ref Unsafe.Add(ref ip, 7);
                    continue;
                }

                case (int)Op.V128AndConst: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) & Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))); ip = ref Unsafe.Add(ref ip, 7); continue;
                case (int)Op.F32x4AddConst: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSingle() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3))).AsSingle()).AsByte()); ip = ref Unsafe.Add(ref ip, 7); continue;
                case (int)Op.F32x4MulConst: Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsSingle() * Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3))).AsSingle()).AsByte()); ip = ref Unsafe.Add(ref ip, 7); continue;
                case (int)Op.I32x4AddXor:
                {
                    // dst, a, b, t, c: t = a + b as the add wrote it, then dst = t ^ c (c is not t).
                    V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                    V128 c = Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))));
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), t ^ c);
                    ip = ref Unsafe.Add(ref ip, 6);
                    continue;
                }

                case (int)Op.I32x4AddXorRotlImm:
                {
                    V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                    Vector128<uint> x = (t ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))))).AsUInt32();
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6))), x.AsByte());
                    int count = Unsafe.Add(ref ip, 7);
                    if (Sse2.IsSupported)
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                    }
                    else
                    {
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 8);
                    continue;
                }

                case (int)Op.I32x4DotAdd:
                {
                    V128 t;
                    if (Sse2.IsSupported)
                    {
                        t = Sse2.MultiplyAddAdjacent(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte();
                    }
                    else
                    {
                        t = SimdIntegerOps.I32x4DotI16x8S(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))));
                    }

                    V128 c = Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))));
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (t.AsUInt32() + c.AsUInt32()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 6);
                    continue;
                }

                // Two adjacent instructions (Translator.Pairs.cs): the first one's work, then a direct jump
                // to the second one's case rather than a dispatch.
                case (int)Op.I32AddImmThenLoad: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)); ip = ref Unsafe.Add(ref ip, 4); goto case (int)Op.MemoryZeroAddImm + 0x00;
                case (int)Op.LoadThenLoad: { ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) + (uint)Unsafe.Add(ref ip, 4); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.MemoryZeroAddImm + 0x00; }
                case (int)Op.LoadThenI32StoreAdd: { ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) + (uint)Unsafe.Add(ref ip, 4); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.I32StoreAdd; }
                case (int)Op.StoreThenI32AddImm: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits + (uint)Unsafe.Add(ref ip, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits); ip = ref Unsafe.Add(ref ip, 4); goto case (int)Op.I32AddImm; }
                case (int)Op.I32StoreAddThenI32AddImm: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits + (uint)Unsafe.Add(ref ip, 4); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.WriteUnaligned((byte*)memoryBase + at, (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.I32AddImm; }
                case (int)Op.Store8ImmThenCountLtU: { ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits + Unsafe.Add(ref ip, 2)) + (uint)Unsafe.Add(ref ip, 4); if (at + 1 > memoryLength) goto memoryMiss; *((byte*)memoryBase + at) = (byte)Unsafe.Add(ref ip, 3); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.I32AddBrIfI32Imm + 3; }
                case (int)Op.Load8UThenBrIfEqz: { ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) + (uint)Unsafe.Add(ref ip, 4); if (at + 1 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = *((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.BrIfEqz; }
                case (int)Op.I32AddThenRangeCountAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); goto case (int)Op.I32AddImmLtUImmAdd;
                case (int)Op.RangeCheckThenI32Or: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) < (uint)Unsafe.Add(ref ip, 4) ? 1u : 0u; ip = ref Unsafe.Add(ref ip, 5); goto case 0x72;
                case (int)Op.I64CarryThenI64Add: { ulong t = (Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits * Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits) + Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t >> Unsafe.Add(ref ip, 6); ip = ref Unsafe.Add(ref ip, 7); goto case 0x7C; }
                case (int)Op.I64AddXorThenRotl: { ulong t = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t; Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits; ip = ref Unsafe.Add(ref ip, 6); goto case (int)Op.I64RotlImm; }
                case (int)Op.I32AndThenShlImmXor: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits & (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); goto case (int)Op.I32ShlImmXor;
                case (int)Op.I32XorThenXor: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); goto case 0x73;
                case (int)Op.AddImmXorImmThenShrUAndImm: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)(((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) ^ Unsafe.Add(ref ip, 4)); ip = ref Unsafe.Add(ref ip, 5); goto case (int)Op.I32ShrUAndImm;
                case (int)Op.PlainLoadThenLoad: { ulong at = (ulong)(uint)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (uint)Unsafe.Add(ref ip, 3); if (at + 4 > memoryLength) goto memoryMiss; Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1)).Bits = Unsafe.ReadUnaligned<uint>((byte*)memoryBase + at); ip = ref Unsafe.Add(ref ip, 4); goto case (int)Op.MemoryZero + 0x00; }
                case (int)Op.I32AddThenAdd: Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits); ip = ref Unsafe.Add(ref ip, 4); goto case 0x6A;

                case (int)Op.I32ArxThenArx:
                {
                    int t = (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits;
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = (uint)t;
                    uint x = (uint)(t ^ (int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits);
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 6)) | (x >> Unsafe.Add(ref ip, 7));
                    ip = ref Unsafe.Add(ref ip, 8);
                    goto case (int)Op.I32AddXorRotlImm;
                }

                case (int)Op.I64ArxThenArx:
                {
                    ulong t = (ulong)((long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + (long)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)).Bits);
                    Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)).Bits = t;
                    ulong x = t ^ Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5)).Bits;
                    Unsafe.As<ValRaw, ulong>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))) = (x << Unsafe.Add(ref ip, 6)) | (x >> Unsafe.Add(ref ip, 7));
                    ip = ref Unsafe.Add(ref ip, 8);
                    goto case (int)Op.I64AddXorRotlImm;
                }


                // Two instructions in a row run by one case (Translator.SimdPairs.cs): the second keeps its
                // own code after the first, and ip moves to it before it runs: a failed bounds check of the
                // second stands at the second (the first has run), which runs again alone.
                case (int)Op.I32x4AddThenAdd:
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 4);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.V128XorThenShuffle1:
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))));
                    ip = ref Unsafe.Add(ref ip, 4);
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdOps.Swizzle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 7);
                    continue;
                }

                case (int)Op.Shuffle1ThenShuffle1:
                {
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdOps.Swizzle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 7);
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdOps.Swizzle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 7);
                    continue;
                }

                case (int)Op.Shuffle1ThenAddXorRotlImm:
                {
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), SimdOps.Swizzle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 3)))));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 7);
                    {
                        V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                        Vector128<uint> x = (t ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))))).AsUInt32();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6))), x.AsByte());
                        int count = Unsafe.Add(ref ip, 7);
                        if (Sse2.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 8);
                    continue;
                }

                case (int)Op.V128XorThenRotlImm:
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))) ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))));
                    ip = ref Unsafe.Add(ref ip, 4);
                    {
                        Vector128<uint> x = Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32();
                        int count = Unsafe.Add(ref ip, 3);
                        if (Sse2.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.AddXorRotlImmThenAdd:
                {
                    {
                        V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                        Vector128<uint> x = (t ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))))).AsUInt32();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6))), x.AsByte());
                        int count = Unsafe.Add(ref ip, 7);
                        if (Sse2.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 8);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.AddXorRotlImmThenAddXorRotlImm:
                {
                    {
                        V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                        Vector128<uint> x = (t ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))))).AsUInt32();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6))), x.AsByte());
                        int count = Unsafe.Add(ref ip, 7);
                        if (Sse2.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 8);
                    {
                        V128 t = (Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsUInt32() + Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsUInt32()).AsByte();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                        Vector128<uint> x = (t ^ Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))))).AsUInt32();
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 6))), x.AsByte());
                        int count = Unsafe.Add(ref ip, 7);
                        if (Sse2.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Sse2.ShiftLeftLogical(x, Vector128.CreateScalar(count).AsUInt32()) | Sse2.ShiftRightLogical(x, Vector128.CreateScalar(32 - count).AsUInt32())).AsByte());
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (Vector128.ShiftLeft(x, count) | Vector128.ShiftRightLogical(x, 32 - count)).AsByte());
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 8);
                    continue;
                }

                case (int)Op.V128LoadAddImmThenDotAdd:
                {
                    {
                        ulong at = (ulong)(uint)((int)Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)).Bits + Unsafe.Add(ref ip, 3)) + (uint)Unsafe.Add(ref ip, 4);
                        if (at + 16 > memoryLength) goto memoryMiss;
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Unsafe.ReadUnaligned<V128>((byte*)memoryBase + at));
                    }

                    ip = ref Unsafe.Add(ref ip, 5);
                    {
                        V128 t;
                        if (Sse2.IsSupported)
                        {
                            t = Sse2.MultiplyAddAdjacent(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte();
                        }
                        else
                        {
                            t = SimdIntegerOps.I32x4DotI16x8S(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))));
                        }

                        V128 c = Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 5))));
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4))), t);
                        Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), (t.AsUInt32() + c.AsUInt32()).AsByte());
                    }

                    ip = ref Unsafe.Add(ref ip, 6);
                    continue;
                }

                case (int)Op.V128ShuffleThenShuffle:
                {
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 4)))) | Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 8)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), ShuffleMasked(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), ref ip));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 12);
                    {
                        if (Ssse3.IsSupported)
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 4)))) | Ssse3.Shuffle(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<int, byte>(ref Unsafe.Add(ref ip, 8)))));
                        }
                        else
                        {
                            Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), ShuffleMasked(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))), ref ip));
                        }
                    }

                    ip = ref Unsafe.Add(ref ip, 12);
                    continue;
                }

                case (int)Op.I16x8AddSatSThenAddSatS:
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.AddSaturate(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 4);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.AddSaturate(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))).AsInt16(), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3)))).AsInt16()).AsByte());
                    ip = ref Unsafe.Add(ref ip, 4);
                    continue;
                }

                case (int)Op.I8x16NegThenBitselect:
                {
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), V128.Zero - Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))));
                    ip = ref Unsafe.Add(ref ip, 3);
                    Unsafe.WriteUnaligned(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 1))), Vector128.ConditionalSelect(Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 4)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 2)))), Unsafe.ReadUnaligned<V128>(ref Unsafe.As<ValRaw, byte>(ref Unsafe.Add(ref fp, Unsafe.Add(ref ip, 3))))));
                    ip = ref Unsafe.Add(ref ip, 5);
                    continue;
                }

                case (int)Op.Extended:
                    // SIMD, GC objects, atomics, wide arithmetic: none moves or grows a memory.
                    ip = ref Unsafe.Add(ref ip, ExecuteExtended(ref ip, ref fp, cx));
                    continue;
                default:
                    if (ip >= (int)Op.Simd)
                    {
                        // First-class vector instructions (Translator.SimdFast.cs): their own
                        // methods, as inlining their helpers here would exhaust the JIT's inlining
                        // budget for this loop.
                        int sub = ip - (int)Op.Simd;
                        int length;
                        if (IsSimdAccess(sub))
                        {
                            length = ExecuteSimdAccess(ref ip, ref fp, memoryBase, memoryLength, cx);
                        }
                        else if (sub < 0x60)
                        {
                            length = ExecuteSimdCompare(ref ip, ref fp);
                        }
                        else if (sub < 0xE0)
                        {
                            length = ExecuteSimdInteger(ref ip, ref fp);
                        }
                        else
                        {
                            length = ExecuteSimdFloat(ref ip, ref fp);
                        }

                        ip = ref Unsafe.Add(ref ip, length);
                        continue;
                    }

                    ip = ref Unsafe.Add(ref ip, ExecuteData(ref ip, ref fp, cx, stack));
                    (memoryBase, memoryLength) = LoadMemory(cx);
                    continue;
            }

            // An access of memory 0 failed the check against the length kept here: out of bounds,
            // or a shared memory another thread grew (the instruction runs again with its new
            // length). Out of the handlers, so their fast paths make no call that would make the
            // JIT save ip, fp and the memory's length around it.
            memoryMiss:
            (memoryBase, memoryLength) = MemoryMiss(ref ip, cx, memoryLength);
        }
    }

    /// <summary>
    /// Zeroes the non-parameter locals <paramref name="first"/> .. <paramref name="end"/> - 1 of the
    /// frame at <paramref name="fp"/> (whose slots the caller ensured): a few in a loop here, more
    /// through a span's clear, a call that costs more than most functions' few locals.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ClearLocals(ref ValRaw fp, int first, int end)
    {
        if (end - first <= 4)
        {
            for (int i = first; i < end; i++)
            {
                Unsafe.Add(ref fp, i) = default;
            }
        }
        else
        {
            MemoryMarshal.CreateSpan(ref Unsafe.Add(ref fp, first), end - first).Clear();
        }
    }
}
