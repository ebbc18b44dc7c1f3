namespace Clustering.Grains.Assignment;

/// <summary>How an article finds its story. One default for every input; no per-dataset settings.</summary>
public sealed class AssignmentOptions
{
    /// <summary>Minimum cosine between an article and a story's centroid for the story to absorb it.</summary>
    public float Threshold { get; set; } = 0.25f;

    /// <summary>How many of the article's strongest terms are looked up in the index.</summary>
    public int QueryTerms { get; set; } = 12;

    /// <summary>How many of the index's best candidates are scored against the full centroid.</summary>
    public int Candidates { get; set; } = 5;

    /// <summary>How many of a story's strongest terms it is findable by.</summary>
    public int IndexedTerms { get; set; } = 20;

    /// <summary>
    /// Days after which an article's fit to a story is halved, counted from the story's time span:
    /// the same words a month apart are less likely the same event.
    /// </summary>
    public float TimeScaleDays { get; set; } = 7f;
}
