namespace WasmSharp.Binary;

/// <summary>A custom section (spec "Custom Section"): a name and a range of payload bytes.</summary>
/// <param name="Name">The section name.</param>
/// <param name="DataOffset">Byte offset of the payload after the name.</param>
/// <param name="DataLength">Payload length.</param>
internal readonly record struct CustomSection(string Name, int DataOffset, int DataLength);
