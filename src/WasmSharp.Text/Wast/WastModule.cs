namespace WasmSharp.Text.Wast;

/// <summary>
/// A module appearing in a script. Text and quoted modules keep their source and are encoded lazily by
/// <see cref="ToBinary"/>, so one malformed module (e.g. inside <c>assert_malformed</c>) does not fail the whole script.
/// </summary>
public sealed class WastModule
{
    private readonly byte[]? _bytes;
    private (int Line, int Column)? _utf8Error;

    private WastModule(string? id, WastModuleKind kind, bool isDefinition, string? text, byte[]? bytes, int line, int column)
    {
        Id = id;
        Kind = kind;
        IsDefinition = isDefinition;
        Text = text;
        _bytes = bytes;
        Line = line;
        Column = column;
    }

    /// <summary>The module's identifier (with <c>$</c>), or <see langword="null"/>.</summary>
    public string? Id { get; }

    /// <summary>How the module is written.</summary>
    public WastModuleKind Kind { get; }

    /// <summary>True for <c>(module definition ...)</c>.</summary>
    public bool IsDefinition { get; }

    /// <summary>
    /// For <see cref="WastModuleKind.Text"/> the source of the whole <c>(module ...)</c> s-expression;
    /// for <see cref="WastModuleKind.Quote"/> the concatenated contents of the quoted strings (module fields);
    /// <see langword="null"/> for binary modules.
    /// </summary>
    public string? Text { get; }

    /// <summary>For <see cref="WastModuleKind.Binary"/> a copy of the concatenated bytes; otherwise <see langword="null"/>.</summary>
    public byte[]? Bytes => _bytes?.ToArray();

    /// <summary>1-based line of the module's opening parenthesis in the script.</summary>
    public int Line { get; }

    /// <summary>1-based column of the module's opening parenthesis in the script.</summary>
    public int Column { get; }

    /// <summary>Creates a text module.</summary>
    /// <param name="id">The module identifier, if any.</param>
    /// <param name="isDefinition">True for <c>(module definition ...)</c>.</param>
    /// <param name="text">The whole <c>(module ...)</c> source.</param>
    /// <param name="line">1-based line of the opening parenthesis.</param>
    /// <param name="column">1-based column of the opening parenthesis.</param>
    /// <returns>The module.</returns>
    public static WastModule FromText(string? id, bool isDefinition, string text, int line, int column)
        => new(id, WastModuleKind.Text, isDefinition, text, null, line, column);

    /// <summary>Creates a quoted module.</summary>
    /// <param name="id">The module identifier, if any.</param>
    /// <param name="isDefinition">True for <c>(module definition quote ...)</c>.</param>
    /// <param name="text">The concatenated string contents.</param>
    /// <param name="line">1-based line of the opening parenthesis.</param>
    /// <param name="column">1-based column of the opening parenthesis.</param>
    /// <returns>The module.</returns>
    public static WastModule FromQuote(string? id, bool isDefinition, string text, int line, int column)
        => new(id, WastModuleKind.Quote, isDefinition, text, null, line, column);

    /// <summary>Creates a quoted module whose bytes were not valid UTF-8 (<paramref name="utf8Error"/> locates the first bad byte).</summary>
    internal static WastModule FromQuote(string? id, bool isDefinition, string text, int line, int column, (int Line, int Column)? utf8Error)
        => new(id, WastModuleKind.Quote, isDefinition, text, null, line, column) { _utf8Error = utf8Error };

    /// <summary>Creates a binary module.</summary>
    /// <param name="id">The module identifier, if any.</param>
    /// <param name="isDefinition">True for <c>(module definition binary ...)</c>.</param>
    /// <param name="bytes">The concatenated bytes.</param>
    /// <param name="line">1-based line of the opening parenthesis.</param>
    /// <param name="column">1-based column of the opening parenthesis.</param>
    /// <returns>The module.</returns>
    public static WastModule FromBinary(string? id, bool isDefinition, byte[] bytes, int line, int column)
        => new(id, WastModuleKind.Binary, isDefinition, null, bytes.ToArray(), line, column);

    /// <summary>
    /// Returns the binary encoding (binary spec 5.5 "Modules"). Binary modules return their bytes unchanged;
    /// text and quoted modules are parsed and encoded now.
    /// </summary>
    /// <returns>The module's binary encoding.</returns>
    /// <exception cref="WatParseException">The text is malformed. Positions refer to the script for
    /// text modules and to the quoted text for quoted modules.</exception>
    public byte[] ToBinary()
    {
        switch (Kind)
        {
            case WastModuleKind.Binary:
                return _bytes!.ToArray();
            case WastModuleKind.Quote:
                if (_utf8Error is var (errLine, errColumn))
                {
                    throw new WatParseException(errLine, errColumn, "malformed UTF-8 encoding");
                }

                // The reference interpreter parses quoted text as a module body.
                return WatParser.ParseModuleFields(Text!);
            default:
                return WatParser.ParseModuleAt(Text!, Line, Column);
        }
    }
}
