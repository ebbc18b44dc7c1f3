namespace Clustering.Core.Features;

/// <summary>What the matcher needs to know of one article.</summary>
public sealed record ArticleFeatures(TermVector Terms, DateTimeOffset Time);
