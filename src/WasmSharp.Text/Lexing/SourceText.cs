using System.Text;

namespace WasmSharp.Text.Lexing;

/// <summary>Decodes quoted module text, which must be valid UTF-8 like any source text (spec 6.2.1 "Characters").</summary>
internal static class SourceText
{
    private static readonly UTF8Encoding s_strict = new(false, true);
    private static readonly UTF8Encoding s_lossy = new(false, false);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. When they are not valid UTF-8, returns a lossy decoding and the 1-based line and
    /// column of the first invalid byte.
    /// </summary>
    public static string Decode(byte[] bytes, out (int Line, int Column)? error)
    {
        error = null;
        try
        {
            return s_strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int index = Math.Max(0, e.Index);
            int line = 1, col = 1;
            for (int i = 0; i < index && i < bytes.Length; i++)
            {
                if (bytes[i] == '\n')
                {
                    line++;
                    col = 1;
                }
                else
                {
                    col++;
                }
            }

            error = (line, col);
            return s_lossy.GetString(bytes);
        }
    }
}
