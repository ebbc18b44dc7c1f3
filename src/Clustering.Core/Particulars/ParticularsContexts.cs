using Clustering.Core.Features;
using Clustering.Core.Reading;

namespace Clustering.Core.Particulars;

/// <summary>What a kind reads an article's particulars from: its reading, its cleaned headline, and the feed's statistics so far.</summary>
/// <param name="Title">The headline the features use: the cleaned one, else the one the article came with.</param>
/// <param name="Learn">Whether this article counts into <paramref name="Statistics"/> before it is measured.</param>
public sealed record ParticularsSource(string Title, ArticleReadout Readout, TermStatistics Statistics, bool Learn);

/// <summary>What a kind may compare besides the two sides' particulars: the article, the story's words, and how far in time they lie apart.</summary>
/// <param name="Outside">How long the article lies outside the story's span of dates; zero inside it or when either has no date.</param>
/// <param name="Timed">Whether both the article and the story have a date, so that how far apart they lie is known.</param>
public readonly record struct ParticularsMeasuring(ArticleFeatures Article, TermVector Centroid, IReadOnlyList<TermVector> Members, TimeSpan Outside, bool Timed);
