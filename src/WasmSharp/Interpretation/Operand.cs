namespace WasmSharp.Interpretation;

/// <summary>
/// An entry of the translator's operand stack: the frame slot that holds the value now. That is the
/// entry's own stack slot (locals count + height), or, for a <c>local.get</c> not yet copied, the
/// local's slot: instructions then read the local directly, and the copy is made only if the local
/// is written while the entry is still on the stack (wasmi's register translation).
/// </summary>
/// <param name="Kind">How the value occupies a slot.</param>
/// <param name="Slot">The frame slot holding the value.</param>
internal readonly record struct Operand(SlotKind Kind, int Slot);
