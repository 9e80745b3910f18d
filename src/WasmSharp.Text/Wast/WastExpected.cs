namespace WasmSharp.Text.Wast;

/// <summary>
/// Base of result patterns in <c>assert_return</c> (reference interpreter script grammar, <c>result</c>).
/// Subclasses: <see cref="WastExpectedValue"/>, <see cref="WastExpectedNan"/>, <see cref="WastExpectedV128"/>,
/// <see cref="WastExpectedRef"/> and <see cref="WastExpectedEither"/>.
/// </summary>
public abstract record WastExpected;
