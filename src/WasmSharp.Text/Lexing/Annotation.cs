namespace WasmSharp.Text.Lexing;

/// <summary>
/// An annotation <c>(@id ...)</c> (spec 6.2.5 "Annotations"). The lexer removes annotations from the token stream
/// because they act as white space, but keeps them so that recognised ones (<c>@custom</c>, <c>@name</c>) can be interpreted.
/// </summary>
/// <param name="Name">The annotation id without <c>@</c>.</param>
/// <param name="Tokens">The tokens between the id and the closing parenthesis (nested annotations included as tokens).</param>
/// <param name="Open">The opening token position.</param>
/// <param name="TokenIndex">Index in the main token list of the first token after the annotation.</param>
internal sealed record Annotation(string Name, IReadOnlyList<Token> Tokens, Token Open, int TokenIndex);
