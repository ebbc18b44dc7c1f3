namespace Clustering.Core.Text;

/// <summary>
/// The tokens of <see cref="Tokenizer"/> one at a time, written into a caller's buffer, so that
/// code which only looks a token up or hashes it allocates no string for it. Each token is valid
/// until the next call.
/// </summary>
public ref struct TokenReader
{
    private readonly ReadOnlySpan<char> _text;
    private readonly Span<char> _buffer;
    private int _position;

    /// <summary>Where the last token read starts in the text.</summary>
    public int Start { get; private set; }

    /// <summary>Where the last token read ends in the text (past a dropped possessive "'s").</summary>
    public readonly int End => _position;

    /// <summary>Whether the last token read had an upper-case letter ("Bitcoin", "iPhone", "SXSW").</summary>
    public bool HadUpper { get; private set; }

    /// <param name="buffer">At least <see cref="Tokenizer.MaxTokenLength"/> characters; longer tokens are cut to its length.</param>
    public TokenReader(ReadOnlySpan<char> text, Span<char> buffer)
    {
        _text = text;
        _buffer = buffer[..Tokenizer.MaxTokenLength];
        _position = 0;
    }

    public bool Next(out ReadOnlySpan<char> token)
    {
        var span = _text;
        var buffer = _buffer;
        var i = _position;
        while (i < span.Length)
        {
            while (i < span.Length && !FastChar.IsLetterOrDigit(span[i]))
            {
                i++;
            }
            var length = 0;
            var start = i;
            var upper = false;
            while (i < span.Length)
            {
                var c = span[i];
                if (FastChar.IsLetterOrDigit(c))
                {
                    if (length < buffer.Length)
                    {
                        var lower = FastChar.ToLowerInvariant(c);
                        upper |= lower != c;
                        buffer[length++] = lower;
                    }
                    i++;
                    continue;
                }
                if (!Tokenizer.IsInnerApostrophe(span, i))
                {
                    break;
                }
                // "Korea's" → "korea": a possessive 's that ends the word is dropped, other apostrophes just vanish.
                if ((i + 2 >= span.Length || !char.IsLetterOrDigit(span[i + 2])) && span[i + 1] is 's' or 'S')
                {
                    i += 2;
                    break;
                }
                i++;
            }
            if (length > 0)
            {
                _position = i;
                Start = start;
                HadUpper = upper;
                token = buffer[..length];
                return true;
            }
        }
        _position = i;
        token = default;
        return false;
    }
}
