namespace Clustering.Core.Cleaning;

/// <summary>
/// A page reduced to what its author wrote: the headline, the lead paragraph and the body
/// paragraphs in order (the lead is the first of them). <see cref="TitleFound"/> is false when no
/// headline survived and <see cref="Title"/> was taken from the lead's first sentence instead.
/// </summary>
public sealed record CleanedText(string Title, string Lead, IReadOnlyList<string> Paragraphs, bool TitleFound)
{
    public static readonly CleanedText Empty = new(string.Empty, string.Empty, [], false);

    /// <summary>The place the opening dateline names ("SPRINGFIELD"), as written; empty when none.</summary>
    public string DatelinePlace { get; init; } = string.Empty;

    /// <summary>The body paragraphs joined by new lines, title excluded.</summary>
    public string Body => string.Join('\n', Paragraphs);
}
