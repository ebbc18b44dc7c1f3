namespace Clustering.Core.Text;

/// <summary>What a <see cref="WordToken"/> is made of.</summary>
public enum WordTokenKind : byte
{
    Word,

    /// <summary>Digits, with thousands separators or a decimal point: "2,000", "3.5".</summary>
    Number,

    /// <summary>A number glued to something that makes it not a count: "23-year-old", "80th", "1:15", "$5", "713-308".</summary>
    NumberLike,

    Punctuation,
}

/// <summary>A token as a slice of its source, so that scanning a sentence allocates nothing per word.</summary>
public readonly record struct WordToken(int Start, int Length, WordTokenKind Kind, double Value)
{
    public int End => Start + Length;

    public ReadOnlySpan<char> Span(string source) => source.AsSpan(Start, Length);

    public bool Is(string source, string word) => Kind == WordTokenKind.Word && Span(source).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsPunctuation(string source, char c) => Kind == WordTokenKind.Punctuation && source[Start] == c;

    public bool IsCapitalized(string source) => Kind == WordTokenKind.Word && char.IsUpper(source[Start]);
}
