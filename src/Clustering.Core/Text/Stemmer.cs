namespace Clustering.Core.Text;

/// <summary>
/// A light English suffix stripper (plural and a few verb endings). It only needs to make
/// "troops"/"troop" and "deployed"/"deployment" meet often enough for matching, not to be linguistics.
/// </summary>
public static class Stemmer
{
    /// <summary>
    /// The same rules on a span: the stem is a prefix of <paramref name="token"/>, except "-ies" → "-y",
    /// which is written into <paramref name="buffer"/> (the token's own storage may be passed).
    /// </summary>
    public static ReadOnlySpan<char> Stem(ReadOnlySpan<char> token, Span<char> buffer)
    {
        var stem = StripSuffix(token, buffer);
        // "close", "closes", "closed" must meet: a final silent e goes too (Porter's last step, roughly).
        return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }

    private static ReadOnlySpan<char> StripSuffix(ReadOnlySpan<char> token, Span<char> buffer)
    {
        if (token.Length <= 3 || char.IsDigit(token[0]))
        {
            return token;
        }
        if (token.EndsWith("ies") && token.Length > 4)
        {
            token[..^3].CopyTo(buffer);
            buffer[token.Length - 3] = 'y';
            return buffer[..(token.Length - 2)];
        }
        if (token.EndsWith("sses"))
        {
            return token[..^2];
        }
        if (token.EndsWith("ing") && token.Length > 5)
        {
            return token[..^3];
        }
        if (token.EndsWith("ed") && token.Length > 4 && !token.EndsWith("eed"))
        {
            return token[..^2];
        }
        if (token.EndsWith('s') && !token.EndsWith("ss") && !token.EndsWith("us") && !token.EndsWith("is"))
        {
            return token[..^1];
        }
        return token;
    }

    public static string Stem(string token)
    {
        Span<char> buffer = token.Length <= 64 ? stackalloc char[token.Length] : new char[token.Length];
        var stem = Stem(token.AsSpan(), buffer);
        return stem.Length == token.Length && stem.SequenceEqual(token) ? token : new string(stem);
    }
}
