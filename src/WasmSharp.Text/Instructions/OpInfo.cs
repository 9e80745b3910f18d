namespace WasmSharp.Text.Instructions;

/// <summary>Encoding of one plain instruction (binary spec 5.4 "Instructions").</summary>
/// <param name="Prefix">Prefix byte (0xFB, 0xFC, 0xFD, 0xFE) or 0 for single-byte opcodes.</param>
/// <param name="Code">The opcode byte, or the LEB128 u32 sub-opcode after a prefix.</param>
/// <param name="Immediate">What follows the mnemonic.</param>
/// <param name="Align">Natural alignment exponent for memory instructions.</param>
internal readonly record struct OpInfo(byte Prefix, uint Code, ImmediateKind Immediate, int Align);
