namespace Clustering.Core.Cleaning;

/// <summary>What one line of a page is, judged on its own.</summary>
internal enum LineKind
{
    /// <summary>A sentence or more of prose: ends like a sentence.</summary>
    Body,

    /// <summary>A few words without sentence punctuation: menu items, section heads, lone names.</summary>
    Fragment,

    /// <summary>A longer line without sentence punctuation: a headline, ours or another story's.</summary>
    Headline,

    /// <summary>A long line cut off mid-sentence: the excerpt of a teaser.</summary>
    Truncated,

    /// <summary>Page chrome or legal text, whatever its shape.</summary>
    Junk,

    /// <summary>A heading after which pages put footers and links to other stories, not article text.</summary>
    EndOfArticle,
}
