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
        if (token.Length <= 3 || char.IsDigit(token[0]))
        {
            return token;
        }
        if (token.EndsWith("ies", StringComparison.Ordinal) && token.Length > 4)
        {
            return token[..^3] + "y";
        }
        if (token.EndsWith("sses", StringComparison.Ordinal))
        {
            return token[..^2];
        }
        if (token.EndsWith("ing", StringComparison.Ordinal) && token.Length > 5)
        {
            return token[..^3];
        }
        if (token.EndsWith("ed", StringComparison.Ordinal) && token.Length > 4 && !token.EndsWith("eed", StringComparison.Ordinal))
        {
            return token[..^2];
        }
        if (token.EndsWith('s') && !token.EndsWith("ss", StringComparison.Ordinal) && !token.EndsWith("us", StringComparison.Ordinal)
            && !token.EndsWith("is", StringComparison.Ordinal))
        {
            return token[..^1];
        }
        return token;
    }
}
