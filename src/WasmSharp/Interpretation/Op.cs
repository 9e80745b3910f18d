namespace WasmSharp.Interpretation;

/// <summary>
/// The interpreter's internal instructions. Each is an <c>int</c> followed by its operands: frame
/// slot numbers (relative to the frame pointer), immediates and code positions. Loads and stores
/// (0x28–0x3E) and numeric instructions (0x45–0xC4) keep their WebAssembly opcode, with operands
/// <c>dst, a[, b]</c> for numbers and <c>dst|address, address|value, memory, offsetLow, offsetHigh</c>
/// for memory; the others are numbered outside those ranges.
/// </summary>
internal enum Op
{
    /// <summary>Traps with <see cref="TrapCode.UnreachableCodeReached"/>.</summary>
    Unreachable = 0x01,

    /// <summary><c>target</c>: jumps.</summary>
    Br = 0x02,

    /// <summary><c>condition, target</c>: jumps when the i32 is not zero.</summary>
    BrIfNez = 0x03,

    /// <summary><c>condition, target</c>: jumps when the i32 is zero.</summary>
    BrIfEqz = 0x04,

    /// <summary><c>index, count, target0 .. targetCount</c>: the last target is the default.</summary>
    BrTable = 0x05,

    /// <summary>Returns; the results are already in slots 0 ..</summary>
    Return = 0x06,

    /// <summary><c>function, base, span</c>: calls with the arguments at <c>base</c>; results replace them.</summary>
    Call = 0x07,

    /// <summary><c>table, typeId, indexSlot, base, span</c>.</summary>
    CallIndirect = 0x08,

    /// <summary><c>dst, src</c>: copies a number.</summary>
    Copy = 0x09,

    /// <summary><c>dst1, src1, dst2, src2</c>: two number copies in order (phi moves at block ends).</summary>
    Copy2 = 0x42,

    /// <summary><c>dst, src</c>: copies a v128.</summary>
    Copy128 = 0x0A,

    /// <summary><c>dst, src</c>: copies a reference.</summary>
    CopyRef = 0x0B,

    /// <summary><c>dst, bits</c>: an i32 or f32 constant.</summary>
    Const32 = 0x0C,

    /// <summary><c>dst, low, high</c>: an i64 or f64 constant.</summary>
    Const64 = 0x0D,

    /// <summary><c>dst, w0, w1, w2, w3</c>: a v128 constant.</summary>
    Const128 = 0x0E,

    /// <summary><c>dst</c>: a null reference.</summary>
    RefNull = 0x0F,

    /// <summary><c>dst, a, b, condition</c>: a if the condition is not zero, else b (numbers).</summary>
    Select = 0x10,

    /// <summary>As <see cref="Select"/> for v128.</summary>
    Select128 = 0x11,

    /// <summary>As <see cref="Select"/> for references.</summary>
    SelectRef = 0x12,

    /// <summary><c>dst, global</c>.</summary>
    GlobalGet = 0x13,

    /// <summary><c>dst, global</c>.</summary>
    GlobalGet128 = 0x14,

    /// <summary><c>dst, global</c>.</summary>
    GlobalGetRef = 0x15,

    /// <summary><c>global, src</c>.</summary>
    GlobalSet = 0x16,

    /// <summary><c>global, src</c>.</summary>
    GlobalSet128 = 0x17,

    /// <summary><c>global, src</c>.</summary>
    GlobalSetRef = 0x18,

    /// <summary><c>amount</c>: charges fuel for the straight-line run that ends here.</summary>
    Fuel = 0x19,

    /// <summary>Checks the epoch deadline (function entries and loop headers).</summary>
    Epoch = 0x1A,

    /// <summary><c>dst, src</c>: <c>ref.is_null</c>.</summary>
    RefIsNull = 0x1B,

    /// <summary><c>dst, function</c>: <c>ref.func</c>.</summary>
    RefFunc = 0x1C,

    /// <summary><c>dst, memory</c>: <c>memory.size</c> (32- or 64-bit by the memory's type).</summary>
    MemorySize = 0x1D,

    /// <summary><c>dst, delta, memory</c>.</summary>
    MemoryGrow = 0x1E,

    /// <summary><c>destination, value, count, memory</c>.</summary>
    MemoryFill = 0x1F,

    /// <summary><c>destination, source, count, destinationMemory, sourceMemory</c>.</summary>
    MemoryCopy = 0x20,

    /// <summary><c>destination, source, count, segment, memory</c>.</summary>
    MemoryInit = 0x21,

    /// <summary><c>segment</c>.</summary>
    DataDrop = 0x22,

    /// <summary><c>dst, index, table</c>.</summary>
    TableGet = 0x23,

    /// <summary><c>table, index, value</c>.</summary>
    TableSet = 0x24,

    /// <summary><c>dst, table</c>.</summary>
    TableSize = 0x25,

    /// <summary><c>dst, init, delta, table</c>.</summary>
    TableGrow = 0x26,

    /// <summary><c>index, value, count, table</c>.</summary>
    TableFill = 0x27,

    // 0x28–0x3E: loads and stores, as WebAssembly numbers them.

    /// <summary><c>destination, source, count, destinationTable, sourceTable</c>.</summary>
    TableCopy = 0x3F,

    /// <summary><c>destination, source, count, segment, table</c>.</summary>
    TableInit = 0x40,

    /// <summary><c>segment</c>.</summary>
    ElemDrop = 0x41,

    // 0x45–0xC4: numeric instructions, as WebAssembly numbers them.

    /// <summary><c>dst, a</c>: the saturating truncations 0xFC 0–7, in that order.</summary>
    I32TruncSatF32S = 0x100,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I32TruncSatF32U = 0x101,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I32TruncSatF64S = 0x102,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I32TruncSatF64U = 0x103,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I64TruncSatF32S = 0x104,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I64TruncSatF32U = 0x105,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I64TruncSatF64S = 0x106,

    /// <summary>See <see cref="I32TruncSatF32S"/>.</summary>
    I64TruncSatF64U = 0x107,

    /// <summary>
    /// <c>dst|address, address|value, offset</c>: the first of the loads and stores 0x28–0x3E of a
    /// 32-bit memory 0 with an offset below 2^32, in WebAssembly's order (<c>MemoryZero + opcode -
    /// 0x28</c>): the common case, with memory 0's base and length kept in the loop's locals.
    /// </summary>
    MemoryZero = 0x160,

    /// <summary>
    /// <c>a, b, target</c>: the first of the fused i32 compare-and-branch instructions, one per i32
    /// comparison 0x46–0x4F in WebAssembly's order (<c>BrIfI32 + opcode - 0x46</c>): jumps when the
    /// comparison holds.
    /// </summary>
    BrIfI32 = 0x180,

    /// <summary><c>a, imm, target</c>: as <see cref="BrIfI32"/> with a constant second operand (<c>BrIfI32Imm + opcode - 0x46</c>).</summary>
    BrIfI32Imm = 0x1C0,

    /// <summary><c>dst, a, imm</c>: i32.add with a constant.</summary>
    I32AddImm = 0x190,

    /// <summary><c>dst, a, imm</c>: i32.mul with a constant.</summary>
    I32MulImm = 0x191,

    /// <summary><c>dst, a, imm</c>: i32.and with a constant.</summary>
    I32AndImm = 0x192,

    /// <summary><c>dst, a, imm</c>: i32.or with a constant.</summary>
    I32OrImm = 0x193,

    /// <summary><c>dst, a, imm</c>: i32.xor with a constant.</summary>
    I32XorImm = 0x194,

    /// <summary><c>dst, a, imm</c>: i32.shl by a constant.</summary>
    I32ShlImm = 0x195,

    /// <summary><c>dst, a, imm</c>: i32.shr_s by a constant.</summary>
    I32ShrSImm = 0x196,

    /// <summary><c>dst, a, imm</c>: i32.shr_u by a constant.</summary>
    I32ShrUImm = 0x197,

    /// <summary>
    /// <c>dst, a, left, right</c>: i32.rotl by a constant (i32.rotr by c is rotl by 32 - c), as two
    /// shifts <c>(a &lt;&lt; left) | (a &gt;&gt; right)</c> with <c>right = (32 - left) &amp; 31</c>:
    /// RyuJIT would make a rotate by a count it cannot see of one with the count in <c>cl</c>, which
    /// forces the loop's instruction pointer out of <c>rcx</c> and through the stack; the two
    /// counts, unrelated to it, give it BMI2's <c>shlx</c>/<c>shrx</c> instead.
    /// </summary>
    I32RotlImm = 0x198,

    /// <summary>
    /// <c>dst, a, imm, offset</c>: the loads 0x28–0x35 of a 32-bit memory 0 whose address is
    /// <c>i32.add a imm</c> (<c>MemoryZeroAddImm + opcode - 0x28</c>): array and field accesses.
    /// </summary>
    MemoryZeroAddImm = 0x1D0,

    /// <summary>
    /// <c>dst, a, b, offset</c>: <c>i32.load</c>, <c>i64.load</c>, <c>i32.load8_s</c> and
    /// <c>i32.load8_u</c> (<c>MemoryZeroAddRegister</c> + 0–3) of a 32-bit memory 0 whose address
    /// is <c>i32.add a b</c>: a base plus a scaled index.
    /// </summary>
    MemoryZeroAddRegister = 0x1F0,

    /// <summary>
    /// <c>address, imm, offset</c>: i32.store of a constant to a 32-bit memory 0; <c>+1</c> is
    /// i64.store (<c>address, low, high, offset</c>), <c>+2</c> i32.store8, <c>+3</c> i32.store16.
    /// </summary>
    MemoryZeroStoreImm = 0x1E0,

    /// <summary><c>dst, a, b, c</c>: <c>f64.add (f64.mul a b) c</c>, rounded twice as the two instructions are.</summary>
    F64MulAdd = 0x1E8,

    /// <summary><c>dst, a, b, c</c>: <c>f32.add (f32.mul a b) c</c>, rounded twice as the two instructions are.</summary>
    F32MulAdd = 0x1E9,

    /// <summary><c>dst, x, y, c</c>: i32.add of an i32.mul x y and c (dot products, index arithmetic).</summary>
    I32MulAdd = 0x1EA,

    /// <summary><c>dst, x, imm, c</c>: i32.add of <c>i32.shl x imm</c> and c (a scaled index plus a base).</summary>
    I32AddShlImm = 0x1EB,

    /// <summary><c>dst, a, imm</c>: i32 comparisons with a constant, in the order of 0x46–0x4F (<c>I32CompareImm + opcode - 0x46</c>).</summary>
    I32CompareImm = 0x1A0,

    /// <summary><c>dst, a, low, high</c>: i64.add with a constant.</summary>
    I64AddImm = 0x1B0,

    /// <summary><c>dst, a, low, high</c>: i64.and with a constant.</summary>
    I64AndImm = 0x1B1,

    /// <summary><c>dst, a, imm</c>: i64.shl by a constant.</summary>
    I64ShlImm = 0x1B2,

    /// <summary><c>dst, a, imm</c>: i64.shr_u by a constant.</summary>
    I64ShrUImm = 0x1B3,

    /// <summary><c>dst, a, imm</c>: i64.shr_s by a constant.</summary>
    I64ShrSImm = 0x1B4,

    /// <summary><c>dst, a, low, high</c>: i64.xor with a constant.</summary>
    I64XorImm = 0x1B5,

    /// <summary><c>dst, a, low, high</c>: i64.or with a constant.</summary>
    I64OrImm = 0x1B6,

    /// <summary><c>dst, a, low, high</c>: i64.mul with a constant.</summary>
    I64MulImm = 0x1B7,

    /// <summary>
    /// <c>dst, a, left, right</c>: i64.rotl by a constant (i64.rotr by c is rotl by 64 - c): hash
    /// and cipher rounds. Two shifts, <c>(a &lt;&lt; left) | (a &gt;&gt; right)</c> with
    /// <c>right = (64 - left) &amp; 63</c>, so x64 needs no count in <c>cl</c> (see <see cref="I32RotlImm"/>).
    /// </summary>
    I64RotlImm = 0x1B8,

    /// <summary><c>dst, a, shift, mask</c>: <c>i32.and (i32.shr_u a shift) mask</c>, a bit field extracted.</summary>
    I32ShrUAndImm = 0x199,

    /// <summary>
    /// <c>dst, a, addend, limit</c>: <c>i32.lt_u (i32.add a addend) limit</c>, the range check
    /// <c>lo &lt;= a &lt; lo + limit</c> that compilers make of two comparisons.
    /// </summary>
    I32AddImmLtUImm = 0x19A,

    /// <summary>
    /// <c>dst, x, c, imm, target</c>: <c>dst = i32.add x c</c>, then jumps when <c>dst</c> compares
    /// with <c>imm</c> as <see cref="BrIfI32Imm"/> (<c>+ opcode - 0x46</c>): a loop's counter step and test.
    /// </summary>
    I32AddImmBrIfI32Imm = 0x110,

    /// <summary><c>dst, x, c, b, target</c>: as <see cref="I32AddImmBrIfI32Imm"/> comparing with slot <c>b</c> (read after <c>dst</c> is written).</summary>
    I32AddImmBrIfI32 = 0x150,

    /// <summary><c>dst, x, y, imm, target</c>: as <see cref="I32AddImmBrIfI32Imm"/> with <c>dst = i32.add x y</c>.</summary>
    I32AddBrIfI32Imm = 0x146,

    /// <summary><c>dst, x, y, b, target</c>: as <see cref="I32AddImmBrIfI32"/> with <c>dst = i32.add x y</c>.</summary>
    I32AddBrIfI32 = 0x12A,

    /// <summary><c>src</c>: copies a number into slot 0 and returns (a function's single result).</summary>
    ReturnCopy = 0x43,

    /// <summary>
    /// <c>x, c, value, offset</c>: a store to a 32-bit memory 0 at <c>i32.add x c</c>; <c>+0</c>
    /// stores 4 bytes (i32, f32, i64.store32), <c>+1</c> 8 (i64, f64), <c>+2</c> one (store8),
    /// <c>+3</c> two (store16).
    /// </summary>
    MemoryZeroStoreAddImm = 0x1E4,

    /// <summary>
    /// <c>x, c, imm, offset</c>: as <see cref="MemoryZeroStoreImm"/> (i32.store, store8 and store16:
    /// <c>+0</c>, <c>+2</c>, <c>+3</c>) at the address <c>i32.add x c</c>.
    /// </summary>
    MemoryZeroStoreImmAddImm = 0x1F4,

    /// <summary>
    /// <c>handler, dst?, operands...</c>: an instruction of a family run outside the main loop
    /// (SIMD, GC, atomics, wide arithmetic, exceptions); <c>handler</c> selects it in
    /// the family's file of the interpreter, which also defines its operand layout and length.
    /// </summary>
    Extended = 0x108,

    // 0x120–0x13F: typed function references and GC branches and calls (helpers in Interpreter.TypedReference.cs).

    /// <summary><c>reference, target</c>: <c>br_on_null</c>, jumps when the reference is null.</summary>
    BrOnNull = 0x120,

    /// <summary><c>reference, target</c>: <c>br_on_non_null</c>, jumps when the reference is not null.</summary>
    BrOnNonNull = 0x121,

    /// <summary><c>reference, test, typeId, nullable, target</c>: <c>br_on_cast</c>, jumps when the test succeeds.</summary>
    BrOnCast = 0x122,

    /// <summary><c>reference, test, typeId, nullable, target</c>: <c>br_on_cast_fail</c>, jumps when the test fails.</summary>
    BrOnCastFail = 0x123,

    /// <summary><c>reference, base, span</c>: <c>call_ref</c>, as <see cref="Call"/> through a function reference.</summary>
    CallRef = 0x124,

    /// <summary>
    /// <c>function, base, span, dst, src</c>: copies the number in <c>src</c> to <c>dst</c> (an
    /// argument read from a local) and calls as <see cref="Call"/>.
    /// </summary>
    CallCopy = 0x125,

    // 0x140–0x15F: tail calls and exception handling.

    /// <summary>
    /// <c>function, base, count, span</c>: <c>return_call</c>. The <c>count</c> arguments at
    /// <c>base</c> move to slot 0 and the callee replaces the frame; <c>span</c> is the larger of
    /// the parameter and result counts, for a callee run outside the interpreter.
    /// </summary>
    ReturnCall = 0x140,

    /// <summary><c>table, typeId, indexSlot, base, count, span</c>: <c>return_call_indirect</c>, as <see cref="ReturnCall"/>.</summary>
    ReturnCallIndirect = 0x141,

    /// <summary><c>referenceSlot, base, count, span</c>: <c>return_call_ref</c>, as <see cref="ReturnCall"/>; traps on null.</summary>
    ReturnCallRef = 0x142,

    /// <summary><c>tag, count, slot0 .. slotCount-1</c>: <c>throw</c> with the payload in those slots.</summary>
    Throw = 0x143,

    /// <summary>
    /// <c>slot</c>: throws the exception in the slot again: <c>throw_ref</c> (trapping on null) and
    /// legacy <c>rethrow</c> (whose slot holds the exception its <c>catch</c> caught).
    /// </summary>
    ThrowRef = 0x144,

    /// <summary>
    /// Counts a call or loop iteration towards tier-up (function entries and loop headers of a
    /// tiering module, see <see cref="TierUp"/>).
    /// </summary>
    Hot = 0x145,

    /// <summary>
    /// <see cref="Hot"/> at the header of a loop where on-stack replacement may enter compiled code
    /// (an empty operand stack, no enclosing <c>try</c>): <c>loop</c>, the module offset of the
    /// <c>loop</c> instruction, which names the loop to the compiler (see <see cref="TierUp.OnLoopHot"/>).
    /// Not 0x280–0x28F: <see cref="Simd"/> + 0x80 is <c>i16x8.extadd_pairwise_i8x16_s</c>; 0x177–0x17F
    /// lie between <see cref="MemoryZero"/>'s loads and <see cref="BrIfI32"/>.
    /// </summary>
    LoopHot = 0x17F,

    // 0xC8–0xEA: the vector instructions SIMD kernels spend their time in, numbered among the scalar
    // ones so that the main loop's switch stays one dense jump table (Translator.SimdFast.cs picks
    // them; every other first-class vector instruction is Simd + sub-opcode), and their fusions.

    /// <summary><c>v128.load</c> of a 32-bit memory 0: <c>dst, address, offset</c>.</summary>
    V128Load = 0xC8,

    /// <summary><c>v128.store</c> to a 32-bit memory 0: <c>address, value, offset</c>.</summary>
    V128Store = 0xC9,

    /// <summary><c>i8x16.shuffle</c>: <c>dst, a, b, maskA(4), maskB(4)</c>, the byte-select masks of each vector (Translator.SimdFast.cs).</summary>
    V128Shuffle = 0xCA,

    /// <summary><c>v128.and</c>: <c>dst, a, b</c>.</summary>
    V128And = 0xCB,

    /// <summary><c>v128.andnot</c>: <c>dst, a, b</c>.</summary>
    V128AndNot = 0xCC,

    /// <summary><c>v128.or</c>: <c>dst, a, b</c>.</summary>
    V128Or = 0xCD,

    /// <summary><c>v128.xor</c>: <c>dst, a, b</c>.</summary>
    V128Xor = 0xCE,

    /// <summary><c>v128.bitselect</c>: <c>dst, a, b, mask</c>.</summary>
    V128Bitselect = 0xCF,

    /// <summary><c>i8x16.add</c>: <c>dst, a, b</c>.</summary>
    I8x16Add = 0xD0,

    /// <summary><c>i16x8.add</c>: <c>dst, a, b</c>.</summary>
    I16x8Add = 0xD1,

    /// <summary><c>i16x8.add_sat_s</c>: <c>dst, a, b</c>.</summary>
    I16x8AddSatS = 0xD2,

    /// <summary><c>i16x8.mul</c>: <c>dst, a, b</c>.</summary>
    I16x8Mul = 0xD3,

    /// <summary><c>i32x4.add</c>: <c>dst, a, b</c>.</summary>
    I32x4Add = 0xD4,

    /// <summary><c>i32x4.sub</c>: <c>dst, a, b</c>.</summary>
    I32x4Sub = 0xD5,

    /// <summary><c>i32x4.mul</c>: <c>dst, a, b</c>.</summary>
    I32x4Mul = 0xD6,

    /// <summary><c>i32x4.dot_i16x8_s</c>: <c>dst, a, b</c>.</summary>
    I32x4DotI16x8S = 0xD7,

    /// <summary><c>f32x4.add</c>: <c>dst, a, b</c>.</summary>
    F32x4Add = 0xD8,

    /// <summary><c>f32x4.mul</c>: <c>dst, a, b</c>.</summary>
    F32x4Mul = 0xD9,

    /// <summary><c>i32x4.shl</c> by a constant: <c>dst, a, count</c>.</summary>
    I32x4ShlImm = 0xDA,

    /// <summary><c>i32x4.shr_s</c> by a constant: <c>dst, a, count</c>.</summary>
    I32x4ShrSImm = 0xDB,

    /// <summary><c>i32x4.shr_u</c> by a constant: <c>dst, a, count</c>.</summary>
    I32x4ShrUImm = 0xDC,

    /// <summary><c>i8x16.neg</c>: <c>dst, a</c>.</summary>
    I8x16Neg = 0xDD,

    /// <summary><c>i16x8.extend_low_i8x16_s</c>: <c>dst, a</c>.</summary>
    I16x8ExtendLowI8x16S = 0xDE,

    /// <summary><c>i16x8.extend_high_i8x16_s</c>: <c>dst, a</c>.</summary>
    I16x8ExtendHighI8x16S = 0xDF,

    /// <summary><c>f32x4.convert_i32x4_s</c>: <c>dst, a</c>.</summary>
    F32x4ConvertI32x4S = 0xE0,

    /// <summary><c>i32x4.extract_lane</c>: <c>dst, a, lane</c>.</summary>
    I32x4ExtractLane = 0xE1,

    /// <summary><c>v128.store32_lane</c> to a 32-bit memory 0: <c>address, vector, offset, lane</c>.</summary>
    V128Store32Lane = 0xE2,

    /// <summary>
    /// 0x200–0x313: the other common vector instructions (the hottest are the named ones at
    /// 0xC8–0xEA) as first-class instructions run by the main loop's helpers
    /// (Interpreter.SimdFast.cs), <c>Simd + sub-opcode</c> (the 0xFD sub-opcode), with operands as the scalar instructions lay
    /// them out: <c>dst, inputs..., immediates</c> (loads <c>dst, address, offset</c>; stores
    /// <c>address, value, offset</c>; shifts <c>dst, a, count</c> with a constant count; shuffles
    /// <c>dst, a, b</c> and two precomputed byte-select masks). <see cref="Translator"/> picks them
    /// (Translator.SimdFast.cs); every other vector instruction is an <see cref="Extended"/> one.
    /// </summary>
    Simd = 0x200,

    /// <summary>
    /// <c>v128.or</c> of <c>i32x4.shl x c</c> and <c>i32x4.shr_u x (32 - c)</c>, a lane rotation:
    /// <c>dst, x, c</c>.
    /// </summary>
    I32x4RotlImm = 0xE3,

    /// <summary><c>v128.load</c> of a 32-bit memory 0 at <c>i32.add x c</c>: <c>dst, x, c, offset</c>.</summary>
    V128LoadAddImm = 0xE4,

    /// <summary>
    /// <c>i32x4.add</c> into slot <c>t</c> and a <c>v128.xor</c> of it with <c>c</c> just after
    /// (blake3's <c>c += d; b ^= c</c>): <c>dst, a, b, t, c</c>; t is written as the add did.
    /// </summary>
    I32x4AddXor = 0xE5,

    /// <summary>
    /// <c>i32x4.dot_i16x8_s</c> into slot <c>t</c> and an <c>i32x4.add</c> of it with <c>c</c> just
    /// after (intgemm's multiply-accumulate): <c>dst, a, b, t, c</c>; t is written as the dot did.
    /// </summary>
    I32x4DotAdd = 0xE6,

    /// <summary>
    /// <c>i8x16.shuffle</c> whose lanes all come from one vector (both operands the same slot, or
    /// every index on one side): <c>dst, a, mask(4)</c>, one byte-select of indices 0–15.
    /// </summary>
    Shuffle1 = 0xE7,

    /// <summary><c>v128.and</c> with a <c>v128.const</c> just before: <c>dst, a, constant(4)</c>.</summary>
    V128AndConst = 0xE8,

    /// <summary><c>f32x4.add</c> of a vector and a <c>v128.const</c> (second, or first without NaN lanes): <c>dst, a, constant(4)</c>.</summary>
    F32x4AddConst = 0xE9,

    /// <summary><c>f32x4.mul</c> of a vector and a <c>v128.const</c>, as <see cref="F32x4AddConst"/>: <c>dst, a, constant(4)</c>.</summary>
    F32x4MulConst = 0xEA,

    /// <summary>
    /// <c>dst, a, b, t, c</c>: <c>i32.add a b</c> into slot <c>t</c> and an <c>i32.xor</c> of it with
    /// <c>c</c> just after (an ARX round's <c>a += b; d ^= a</c>); t is written as the add did and
    /// c read after that write.
    /// </summary>
    I32AddXor = 0xEB,

    /// <summary><c>dst, a, b, t, c</c>: <see cref="I32AddXor"/> of i64 values.</summary>
    I64AddXor = 0xEC,

    /// <summary>
    /// <c>dst, a, b, left, right</c>: <c>i32.rotl (i32.xor a b) k</c> (as <see cref="I32RotlImm"/>),
    /// the xor's result consumed by the rotation (ChaCha's and blake3's <c>d = rotl(d ^ a, k)</c>).
    /// </summary>
    I32XorRotlImm = 0xED,

    /// <summary><c>dst, a, b, left, right</c>: <see cref="I32XorRotlImm"/> of i64 values.</summary>
    I64XorRotlImm = 0xEE,

    /// <summary>
    /// <c>dst, a, b, t, c, left, right</c>: <see cref="I32AddXor"/> whose xor result is consumed by
    /// a rotation, a whole ARX step <c>a += b; d = rotl(d ^ a, k)</c> in one instruction.
    /// </summary>
    I32AddXorRotlImm = 0xEF,

    /// <summary><c>dst, a, b, t, c, left, right</c>: <see cref="I32AddXorRotlImm"/> of i64 values.</summary>
    I64AddXorRotlImm = 0xF0,

    /// <summary><c>dst, a, b, c</c>: <c>i64.add (i64.mul a b) c</c> (wrapping), as <see cref="I32MulAdd"/>.</summary>
    I64MulAdd = 0xF1,

    /// <summary><c>dst, a, add, xor</c>: <c>i32.xor (i32.add a add) xor</c> (base64's character arithmetic).</summary>
    I32AddImmXorImm = 0xF2,

    /// <summary>
    /// <c>function, base, span, dst, x, c</c>: <c>dst = i32.add x c</c> (the last argument, in its
    /// own slot), then <see cref="Call"/> (a recursion's <c>f(n - 1)</c>).
    /// </summary>
    CallAddImm = 0xF3,

    /// <summary>
    /// <c>dst, address, offset, x, c</c>: <c>i32.add (i32.mul (i32.load offset address) x) c</c>,
    /// the loaded value only read by the product (a matrix product's inner loop); the load is first,
    /// so a trap leaves nothing written and is located at the load.
    /// </summary>
    I32LoadMulAdd = 0xF4,

    /// <summary>
    /// <c>address, x, y, offset</c>: an i32.store to a 32-bit memory 0 of <c>i32.add x y</c> computed
    /// just before into its own stack slot (an element-wise loop's <c>a[i] = b[i] + c[i]</c>); the sum's
    /// slot, read only by the store, is not written.
    /// </summary>
    I32StoreAdd = 0xF5,

    /// <summary>
    /// <c>dst, x, k, c</c>: <c>i32.xor (i32.shl x k) c</c>, the shifted value only read by the xor
    /// (gimli's rounds).
    /// </summary>
    I32ShlImmXor = 0xF6,

    /// <summary>
    /// <c>dst, a, b, t, c</c>: <c>i32.xor a b</c> into slot <c>t</c> and an <c>i32.xor</c> of it with
    /// <c>c</c> just after; t is written as the first xor did (a local may keep it) and c read after.
    /// </summary>
    I32XorXor = 0xF7,

    /// <summary><c>dst, a, b, t, c</c>: <see cref="I32XorXor"/> of i64 values (keccak's column parities).</summary>
    I64XorXor = 0xF8,

    /// <summary><c>dst, x, y, c</c>: <c>i64.xor (i64.and x y) c</c>, the conjunction only read by the xor (keccak's chi).</summary>
    I64AndXor = 0xF9,

    /// <summary><c>dst, x, c</c>: <c>i64.and (i64.xor x -1) c</c>, the complement only read by the and (keccak's chi).</summary>
    I64AndNot = 0xFA,

    /// <summary><c>dst, x, c</c>: <c>i32.and (i32.xor x -1) c</c>, the complement only read by the and.</summary>
    I32AndNot = 0xFB,

    /// <summary><c>dst, x, imm, c</c>: <c>i32.and (i32.add x imm) c</c>, the sum only read by the and (base64's masks).</summary>
    I32AddImmAnd = 0xFC,

    /// <summary><c>dst, x, imm, c</c>: <c>i32.or (i32.and x imm) c</c>, the masked value only read by the or.</summary>
    I32AndImmOr = 0xFD,

    /// <summary>
    /// <c>dst, x, addend, limit, c</c>: <c>i32.add (i32.lt_u (i32.add x addend) limit) c</c>, a range
    /// check (<see cref="I32AddImmLtUImm"/>) counted (ctype's character classes).
    /// </summary>
    I32AddImmLtUImmAdd = 0xFE,

    /// <summary>
    /// <c>dst, a, b, t, c, x, k</c>: <see cref="I32x4AddXor"/> into slot <c>x</c> (<c>t = a + b</c>,
    /// <c>x = t ^ c</c>, both written) and the lane rotation of x by k (<see cref="I32x4RotlImm"/>)
    /// just after: blake3's <c>c += d; b = rotr(b ^ c, 12)</c>.
    /// </summary>
    I32x4AddXorRotlImm = 0xFF,

    /// <summary><c>dst, x, y, c</c>: <c>i64.xor (i64.and (i64.xor x -1) y) c</c>, keccak's chi whole.</summary>
    I64AndNotXor = 0x109,

    /// <summary>
    /// <c>dst, x, y, t, left, right</c>: <c>i32.add x y</c> into slot <c>t</c> (written as the add
    /// did) and its rotation by a constant (as <see cref="I32RotlImm"/>) just after.
    /// </summary>
    I32AddRotlImm = 0x10A,

    /// <summary><c>dst, x, y, t, left, right</c>: <see cref="I32AddRotlImm"/> of i64 values (SipHash's <c>v0 += v1; v0 = rotl(v0, 32)</c>).</summary>
    I64AddRotlImm = 0x10B,

    /// <summary>
    /// <c>dst, x, left, right, t, c</c>: a rotation by a constant (as <see cref="I32RotlImm"/>) into
    /// slot <c>t</c> (written) and an <c>i32.xor</c> of it with <c>c</c> just after (read after that write).
    /// </summary>
    I32RotlXor = 0x10C,

    /// <summary><c>dst, x, left, right, t, c</c>: <see cref="I32RotlXor"/> of i64 values (SipHash's <c>v1 = rotl(v1, 13) ^ v0</c>).</summary>
    I64RotlXor = 0x10D,

    /// <summary>
    /// <c>dst, a, b, c, t, k</c>: <see cref="I64MulAdd"/> into slot <c>t</c> (written) and an
    /// <c>i64.shr_u</c> of it by the constant k just after: a limb's carry (ed25519).
    /// </summary>
    I64MulAddShrUImm = 0x10E,

    /// <summary><c>dst, x, k, c</c>: <c>i64.add (i64.shr_u x k) c</c>, the shifted value only read by the add.</summary>
    I64ShrUImmAdd = 0x10F,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I32AddImm"/> then the i32 <see cref="MemoryZeroAddImm"/> load laid out after it (gcc-loops' address steps), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32AddImmThenLoad = 0x11A,

    /// <summary>
    /// A pair (Translator.Pairs.cs): an i32 <see cref="MemoryZeroAddImm"/> load then another (two fields at one base), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    LoadThenLoad = 0x11B,

    /// <summary>
    /// A pair (Translator.Pairs.cs): an i32 <see cref="MemoryZeroAddImm"/> load then the <see cref="I32StoreAdd"/> after it (<c>a[i] = b[i] + c[i]</c>), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    LoadThenI32StoreAdd = 0x11C,

    /// <summary>
    /// A pair (Translator.Pairs.cs): an <c>i32.store</c> of memory 0 then an <see cref="I32AddImm"/>, both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    StoreThenI32AddImm = 0x11D,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I32StoreAdd"/> then an <see cref="I32AddImm"/>, both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32StoreAddThenI32AddImm = 0x11E,

    /// <summary>
    /// A pair (Translator.Pairs.cs): two <see cref="I32AddXorRotlImm"/>s (ChaCha, blake3 and seqhash quarter rounds), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32ArxThenArx = 0x11F,

    /// <summary>
    /// A pair (Translator.Pairs.cs): two <see cref="I64AddXorRotlImm"/>s (xblabla20's rounds), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I64ArxThenArx = 0x134,

    /// <summary>
    /// A pair (Translator.Pairs.cs): two i32 loads of memory 0 at a slot plus the offset (<see cref="MemoryZero"/>: seqhash, regex), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    PlainLoadThenLoad = 0x135,

    /// <summary>
    /// A pair (Translator.Pairs.cs): two <c>i32.add</c>s (blake3's message schedule), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32AddThenAdd = 0x136,

    /// <summary>
    /// A pair (Translator.Pairs.cs): an <c>i32.store8</c> of a constant at <c>x + c</c> (<see cref="MemoryZeroStoreImmAddImm"/>) then an <see cref="I32AddBrIfI32Imm"/> on <c>lt_u</c> (sieve's inner loop), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    Store8ImmThenCountLtU = 0x137,

    /// <summary>
    /// A pair (Translator.Pairs.cs): an <c>i32.load8_u</c> at <c>x + c</c> (<see cref="MemoryZeroAddImm"/>) then a <see cref="BrIfEqz"/> (sieve's flag test), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    Load8UThenBrIfEqz = 0x138,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <c>i32.add</c> then an <see cref="I32AddImmLtUImmAdd"/> (ctype's counted range checks), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32AddThenRangeCountAdd = 0x139,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I32AddImmLtUImm"/> then an <c>i32.or</c>, both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    RangeCheckThenI32Or = 0x13A,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I64MulAddShrUImm"/> then an <c>i64.add</c> (ed25519's limb carries), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I64CarryThenI64Add = 0x13B,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I64AddXor"/> then an <see cref="I64RotlImm"/> (SipHash rounds), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I64AddXorThenRotl = 0x13C,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <c>i32.and</c> then an <see cref="I32ShlImmXor"/> (gimli), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32AndThenShlImmXor = 0x13D,

    /// <summary>
    /// A pair (Translator.Pairs.cs): two <c>i32.xor</c>s (gimli), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    I32XorThenXor = 0x13E,

    /// <summary>
    /// A pair (Translator.Pairs.cs): <see cref="I32AddImmXorImm"/> then an <see cref="I32ShrUAndImm"/> (base64), both laid out as unfused; the first one's operands, and
    /// the second instruction follows.
    /// </summary>
    AddImmXorImmThenShrUAndImm = 0x13F,

    /// <summary>
    /// <see cref="I32x4Add"/> and the <see cref="I32x4Add"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    I32x4AddThenAdd = 0x1F8,

    /// <summary>
    /// <see cref="V128Xor"/> and the <see cref="Shuffle1"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    V128XorThenShuffle1 = 0x1F9,

    /// <summary>
    /// <see cref="Shuffle1"/> and the <see cref="Shuffle1"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    Shuffle1ThenShuffle1 = 0x1FA,

    /// <summary>
    /// <see cref="Shuffle1"/> and the <see cref="I32x4AddXorRotlImm"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    Shuffle1ThenAddXorRotlImm = 0x1FB,

    /// <summary>
    /// <see cref="V128Xor"/> and the <see cref="I32x4RotlImm"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    V128XorThenRotlImm = 0x1FC,

    /// <summary>
    /// <see cref="I32x4AddXorRotlImm"/> and the <see cref="I32x4Add"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    AddXorRotlImmThenAdd = 0x1FD,

    /// <summary>
    /// <see cref="I32x4AddXorRotlImm"/> and the <see cref="I32x4AddXorRotlImm"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    AddXorRotlImmThenAddXorRotlImm = 0x1FE,

    /// <summary>
    /// <see cref="V128LoadAddImm"/> and the <see cref="I32x4DotAdd"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    V128LoadAddImmThenDotAdd = 0x1FF,

    /// <summary>
    /// <see cref="V128Shuffle"/> and the <see cref="V128Shuffle"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    V128ShuffleThenShuffle = 0xC5,

    /// <summary>
    /// <see cref="I16x8AddSatS"/> and the <see cref="I16x8AddSatS"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    I16x8AddSatSThenAddSatS = 0xC6,

    /// <summary>
    /// <see cref="I8x16Neg"/> and the <see cref="V128Bitselect"/> just after it, each with its own operands, run by
    /// one dispatch; the second's code stays in place (Translator.SimdPairs.cs).
    /// </summary>
    I8x16NegThenBitselect = 0xC7,
}
