namespace Clustering.Core.Credits;

/// <summary>How an article credits a source.</summary>
public enum CreditKind
{
    /// <summary>The agency in the dateline, "Lisbon, June 3 (Agency)": who wrote this copy.</summary>
    Dateline,

    /// <summary>"With inputs from Reuters", "AP contributed to this report": part of the copy is theirs.</summary>
    Inputs,

    /// <summary>"By The Associated Press", "Copyright 2031 The Associated Press": the whole copy is theirs.</summary>
    Syndicated,

    /// <summary>"reports AFP, quoting Xinhua", "according to Reuters": the facts come from them, the words may not.</summary>
    Cited,
}

/// <summary>A source an article credits. <see cref="Via"/> is the source the credited one quoted, when named.</summary>
public sealed record Credit(string Name, CreditKind Kind, string Text, string? Via = null)
{
    /// <summary>A credit that makes the article a copy of someone else's words, so not an independent witness.</summary>
    public bool MarksCopy => Kind is CreditKind.Dateline or CreditKind.Inputs or CreditKind.Syndicated;
}
