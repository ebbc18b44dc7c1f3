using Clustering.Core.Text;

namespace Clustering.Core.Quotes;

/// <summary>
/// A quoted statement and who made it. <see cref="Words"/> are its content words folded across
/// paraphrase, so that renderings of one statement by different outlets or translators
/// ("The bridge was built to last a century" / "The crossing was constructed to endure for a hundred years")
/// are recognisable as one; <see cref="Key"/> is the same set as one sorted string.
/// <see cref="Speaker"/> is empty when the article does not say.
/// </summary>
public sealed record Quote(string Speaker, string Text, string Key, IReadOnlyList<string> Words, int Offset)
{
    /// <summary>At or above this, two quotes are one statement.</summary>
    public const double SameStatementThreshold = 0.5;

    private const int MinSharedWords = 3;

    /// <summary>The speaker's spelling-blind key: "Anna Berg-Lund" and "Anna Berg Lund" share it.</summary>
    public string SpeakerKey => Entities.EntityKeys.Fold(Speaker);

    public double Similarity(Quote other)
    {
        var overlap = ContentWords.Overlap(Words, other.Words, out var shared);
        return shared >= Math.Min(MinSharedWords, Math.Min(Words.Count, other.Words.Count)) ? overlap : 0;
    }

    public bool IsSameStatement(Quote other) => Similarity(other) >= SameStatementThreshold;

    public static Quote Create(string speaker, string text, int offset)
    {
        var words = ContentWords.Of(text).Order(StringComparer.Ordinal).ToArray();
        return new Quote(speaker, text, string.Join(' ', words), words, offset);
    }
}
