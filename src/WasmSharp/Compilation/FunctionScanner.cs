using System.Runtime.CompilerServices;
using WasmSharp.Binary;
using WasmSharp.Operators;

namespace WasmSharp.Compilation;

/// <summary>
/// A linear pre-pass over a validated function body that collects <see cref="FunctionFacts"/>
/// before IL emission, so the prologue can set up exactly the memory locals the body needs.
/// </summary>
internal static class FunctionScanner
{
    /// <summary>Scans <paramref name="body"/> of <paramref name="module"/>.</summary>
    public static FunctionFacts Scan(ModuleInfo module, FunctionBody body)
    {
        var facts = new FunctionFacts();
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset);
        byte previous = 0;

        // The enclosing blocks (block, loop, if, try, try_table), each as whether it is a loop.
        var blocks = new Stack<bool>();
        int loopDepth = 0;
        while (!reader.AtEnd)
        {
            byte op = reader.ReadByte();
            if (op is 0x02 or 0x03 or 0x04 or 0x06 or 0x1F)
            {
                blocks.Push(op == 0x03);
                loopDepth += op == 0x03 ? 1 : 0;
            }
            else if (op is 0x0B or 0x18 && blocks.Count > 0)
            {
                // end, or delegate (which ends a legacy try); the body's own end has no block.
                loopDepth -= blocks.Pop() ? 1 : 0;
            }

            if (!facts.MayTrap && MayTrap(op, reader))
            {
                facts.MayTrap = true;
            }

            facts.MayTestIntegers |= MayTestIntegers(op);

            // shl and shr_u of i32 and i64, after anything but i32.const or i64.const.
            facts.HasVariableShift |= op is 0x74 or 0x76 or 0x86 or 0x88 && previous is not (0x41 or 0x42);
            previous = op;
            if (op is 0x10 or 0x11 or 0x14)
            {
                // call, call_indirect, call_ref: the calls that return here (not the tail calls).
                facts.CallSites++;
            }

            switch (op)
            {
                case 0x10:
                case 0x12:
                    int callee = reader.ReadCount();
                    facts.Callees.Add(callee);
                    if (callee < module.ImportedFunctionCount)
                    {
                        facts.CallsImport = true;
                    }

                    break;
                case 0x11:
                case 0x13:
                    reader.ReadVarUInt32();
                    reader.ReadVarUInt32();
                    facts.CallsIndirect = true;
                    break;
                case 0x14:
                case 0x15:
                    // call_ref and return_call_ref reach unknown functions, like call_indirect.
                    reader.ReadVarUInt32();
                    facts.CallsIndirect = true;
                    break;
                case >= 0x28 and <= 0x3E:
                    (int memory, _, ulong offset) = OperandReader.ReadMemArg(ref reader);
                    AddExtent(facts, memory, Extent(offset, AccessSize(op)), loopDepth > 0);
                    break;
                case 0x23:
                case 0x24:
                    int global = reader.ReadCount();
                    facts.GlobalAccesses[global] = facts.GlobalAccesses.GetValueOrDefault(global) + 1;
                    if (loopDepth > 0)
                    {
                        facts.GlobalAccessesInLoops[global] = facts.GlobalAccessesInLoops.GetValueOrDefault(global) + 1;
                    }

                    break;
                case 0x40:
                    reader.ReadVarUInt32();
                    facts.GrowsMemory = true;
                    break;
                case 0xFE:
                    if (AtomicOperands.ReadAccess(ref reader) is (int atomicMemory, ulong atomicOffset, ulong atomicSize))
                    {
                        AddExtent(facts, atomicMemory, Extent(atomicOffset, atomicSize), loopDepth > 0);
                    }

                    break;
                case 0xFD:
                    VectorOperands operands = VectorOperands.Read(ref reader);
                    if (operands.AccessSize != 0)
                    {
                        AddExtent(facts, operands.Memory, Extent(operands.Offset, operands.AccessSize), loopDepth > 0);
                    }

                    break;
                default:
                    OperandReader.Skip(ref reader, op);
                    break;
            }
        }

        return facts;
    }

    /// <summary>
    /// Whether instruction <paramref name="op"/>, whose immediates <paramref name="reader"/> is at,
    /// can trap or throw (calls are counted apart, in <see cref="FunctionFacts.Callees"/> and
    /// <see cref="FunctionFacts.CallsIndirect"/>). Conservative: every GC and atomic instruction
    /// and every bulk memory or table instruction counts, though a few of each cannot trap.
    /// </summary>
    public static bool MayTrap(byte op, WasmReader reader) => op switch
    {
        0x00 => true, // unreachable
        0x08 or 0x09 or 0x0A => true, // throw, rethrow, throw_ref
        0x25 or 0x26 => true, // table.get, table.set
        >= 0x28 and <= 0x3E => true, // loads and stores
        0x6D or 0x6E or 0x6F or 0x70 => true, // i32.div_s/u, i32.rem_s/u
        0x7F or 0x80 or 0x81 or 0x82 => true, // i64.div_s/u, i64.rem_s/u
        >= 0xA8 and <= 0xAB => true, // i32.trunc_f32/f64_s/u
        >= 0xAE and <= 0xB1 => true, // i64.trunc_f32/f64_s/u
        0xD4 => true, // ref.as_non_null
        0xFB or 0xFE => true, // GC and atomic instructions
        // Saturating conversions (0-7) and wide arithmetic (0x13-0x16) cannot trap; bulk
        // memory and table instructions can.
        0xFC => reader.ReadVarUInt32() is not (< 8 or (>= 0x13 and <= 0x16)),
        // Vector loads and stores: the operators with an access size (no need to read their immediates).
        0xFD => OperatorTable.Info(OperatorTable.Decode(0xFD, reader.ReadVarUInt32())).Align >= 0,
        _ => false,
    };

    /// <summary>
    /// Whether instruction <paramref name="op"/>, whose immediates <paramref name="reader"/> is at,
    /// can trap, throw or call: where a frame of a backtrace can stand.
    /// </summary>
    /// <remarks>
    /// Both tiers ask this for every instruction they translate, so the answer for an opcode byte
    /// comes from a table (<see cref="s_trapOrCall"/>); only the 0xFC and 0xFD prefixes, whose
    /// sub-opcode decides, read on. Calling <see cref="MayTrap"/> per instruction, with the reader
    /// copied, took a quarter of the interpreter's translation time (rust-compression 50 -> 67 MB/s).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool MayTrapOrCall(byte op, in WasmReader reader)
    {
        byte answer = s_trapOrCall[op];
        return answer == SubOpcodeDecides ? MayTrap(op, reader) : answer != 0;
    }

    private const byte SubOpcodeDecides = 2;

    // MayTrapOrCall by opcode byte: 0 cannot, 1 can, SubOpcodeDecides for the 0xFC and 0xFD prefixes.
    // Derived from MayTrap, which reads nothing for the other opcodes, so there is one definition.
    private static readonly byte[] s_trapOrCall = BuildTrapOrCallTable();

    private static byte[] BuildTrapOrCallTable()
    {
        var table = new byte[256];
        for (int op = 0; op < table.Length; op++)
        {
            table[op] = op switch
            {
                0xFC or 0xFD => SubOpcodeDecides,
                >= 0x10 and <= 0x15 or 0x40 => 1, // calls; memory.grow may call a limiter
                _ => MayTrap((byte)op, default) ? (byte)1 : (byte)0,
            };
        }

        return table;
    }

    /// <summary>
    /// What instruction <paramref name="op"/>, whose immediates <paramref name="reader"/> is at,
    /// calls: the function index of a direct call, <see cref="Vm.CodeSites.AnyCallee"/> for other
    /// calls (and <c>memory.grow</c>, which may call a limiter), <see cref="Vm.CodeSites.NoCall"/> otherwise.
    /// </summary>
    public static int Callee(byte op, WasmReader reader) => op switch
    {
        0x10 or 0x12 => reader.ReadCount(),
        0x11 or 0x13 or 0x14 or 0x15 or 0x40 => Vm.CodeSites.AnyCallee,
        _ => Vm.CodeSites.NoCall,
    };

    /// <summary>
    /// An estimate of the basic blocks RyuJIT will see in a method compiling the code of
    /// <paramref name="body"/> from offset <paramref name="start"/> to <paramref name="end"/>
    /// (within the function's code), before any trap block: one per bounds-checked memory access
    /// (its check ends a block) and two per control instruction and call (its targets, the check
    /// after a call). <see cref="MemoryAddressing"/> gives accesses trap blocks of their own while
    /// the method stays well under the JIT's 2,000-block limit for full optimization.
    /// </summary>
    public static int EstimateBlocks(ModuleInfo module, FunctionBody body, int start, int end)
    {
        var reader = new WasmReader(module.Bytes.Span.Slice(body.CodeOffset, body.CodeLength), body.CodeOffset) { Position = start };
        int blocks = 0;
        while (!reader.AtEnd && reader.Position < end)
        {
            byte op = reader.ReadByte();
            switch (op)
            {
                case >= 0x28 and <= 0x3E:
                    blocks++;
                    break;
                case >= 0x02 and <= 0x0E or >= 0x10 and <= 0x15 or 0x1F or 0xD5 or 0xD6:
                    blocks += 2;
                    break;
                case 0xFD:
                    if (MayTrap(op, reader))
                    {
                        blocks++;
                    }

                    break;
            }

            OperandReader.Skip(ref reader, op);
        }

        return blocks;
    }

    // See FunctionFacts.MayTestIntegers. Conservative: only the opcode byte is looked at.
    private static bool MayTestIntegers(byte op) => op switch
    {
        0x04 or 0x0D or 0x0E => true, // if, br_if, br_table
        >= 0x08 and <= 0x0A => true, // throw, rethrow, throw_ref (helper calls)
        >= 0x10 and <= 0x15 => true, // calls
        0x1B or 0x1C => true, // select
        0x25 or 0x26 => true, // table.get, table.set
        0x3F or 0x40 => true, // memory.size, memory.grow (helper calls)
        >= 0x45 and <= 0x5A => true, // integer tests and comparisons
        >= 0x6D and <= 0x70 => true, // i32 division and remainder
        >= 0x7F and <= 0x82 => true, // i64 division and remainder
        >= 0xD0 and <= 0xD6 => true, // reference instructions
        0xFB or 0xFC or 0xFE => true, // GC, bulk and conversion, atomic prefixes
        _ => false,
    };

    /// <summary>The number of bytes accessed by load/store opcode <paramref name="op"/> (0x28-0x3E).</summary>
    public static ulong AccessSize(byte op) => op switch
    {
        0x28 or 0x2A or 0x34 or 0x35 or 0x36 or 0x38 or 0x3E => 4,
        0x29 or 0x2B or 0x37 or 0x39 => 8,
        0x2C or 0x2D or 0x30 or 0x31 or 0x3A or 0x3C => 1,
        _ => 2,
    };

    /// <summary>
    /// The extent <c>offset + size</c> of an access, saturated at <see cref="ulong.MaxValue"/>: a
    /// memory64 offset near 2^64 makes an access that no memory can satisfy, and it must trap
    /// rather than wrap around.
    /// </summary>
    public static ulong Extent(ulong offset, ulong size) => offset > ulong.MaxValue - size ? ulong.MaxValue : offset + size;

    private static void AddExtent(FunctionFacts facts, int memory, ulong extent, bool inLoop)
    {
        if (!facts.Extents.TryGetValue(memory, out Dictionary<ulong, int>? uses))
        {
            uses = new Dictionary<ulong, int>();
            facts.Extents[memory] = uses;
        }

        uses[extent] = uses.GetValueOrDefault(extent) + 1;
        if (inLoop)
        {
            if (!facts.ExtentsInLoops.TryGetValue(memory, out HashSet<ulong>? looped))
            {
                looped = new HashSet<ulong>();
                facts.ExtentsInLoops[memory] = looped;
            }

            looped.Add(extent);
        }
    }
}
