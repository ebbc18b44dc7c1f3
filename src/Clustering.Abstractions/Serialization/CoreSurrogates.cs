using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Abstractions.Serialization;

// The core library stays free of Orleans; its types cross the wire through these surrogates.
// Surrogates are plain field bags by Orleans' convention: the serializer reads and writes the fields directly.
#pragma warning disable CA1051

[GenerateSerializer, Alias("Clustering.ArticleSurrogate")]
public struct ArticleSurrogate
{
    [Id(0)] public string Id;
    [Id(1)] public string Title;
    [Id(2)] public string Text;
    [Id(3)] public string? Url;
    [Id(4)] public string? Source;
    [Id(5)] public DateTimeOffset? Published;
    [Id(6)] public string? Language;
    [Id(7)] public DateTimeOffset Received;
}

[RegisterConverter]
public sealed class ArticleSurrogateConverter : IConverter<Article, ArticleSurrogate>
{
    public Article ConvertFromSurrogate(in ArticleSurrogate surrogate) =>
        new(surrogate.Id, surrogate.Title, surrogate.Text, surrogate.Url, surrogate.Source, surrogate.Published, surrogate.Language, surrogate.Received);

    public ArticleSurrogate ConvertToSurrogate(in Article value) => new()
    {
        Id = value.Id,
        Title = value.Title,
        Text = value.Text,
        Url = value.Url,
        Source = value.Source,
        Published = value.Published,
        Language = value.Language,
        Received = value.Received,
    };
}

[GenerateSerializer, Alias("Clustering.TermVectorSurrogate")]
public struct TermVectorSurrogate
{
    [Id(0)] public string[] Terms;
    [Id(1)] public float[] Weights;
}

[RegisterConverter]
public sealed class TermVectorSurrogateConverter : IConverter<TermVector, TermVectorSurrogate>
{
    public TermVector ConvertFromSurrogate(in TermVectorSurrogate surrogate) => new(surrogate.Terms, surrogate.Weights);

    public TermVectorSurrogate ConvertToSurrogate(in TermVector value) => new() { Terms = value.Terms, Weights = value.Weights };
}

[GenerateSerializer, Alias("Clustering.ArticleFeaturesSurrogate")]
public struct ArticleFeaturesSurrogate
{
    [Id(0)] public TermVector Terms;
    [Id(1)] public DateTimeOffset Time;
    [Id(2)] public string Title;
    [Id(3)] public bool Undated;
    [Id(4)] public string Source;
    [Id(5)] public string[]? Names;

    // Ids 6 and 8-12 held the particulars one list at a time (days, addresses, persons, towns, and the
    // persons' counts and ages); they travel in Particulars now. Not to be reused.
    [Id(7)] public string[]? RareNames;

    /// <summary>Crosses as JSON (a core type without a surrogate): one object, each kind under its name.</summary>
    [Id(13)] public ArticleParticulars? Particulars;
}

[RegisterConverter]
public sealed class ArticleFeaturesSurrogateConverter : IConverter<ArticleFeatures, ArticleFeaturesSurrogate>
{
    public ArticleFeatures ConvertFromSurrogate(in ArticleFeaturesSurrogate surrogate) => new(surrogate.Terms, surrogate.Time) { Title = surrogate.Title ?? string.Empty, Dated = !surrogate.Undated, Source = surrogate.Source ?? string.Empty, Names = surrogate.Names ?? [], RareNames = surrogate.RareNames ?? [], Particulars = surrogate.Particulars ?? ArticleParticulars.None };

    public ArticleFeaturesSurrogate ConvertToSurrogate(in ArticleFeatures value) => new() { Terms = value.Terms, Time = value.Time, Title = value.Title, Undated = !value.Dated, Source = value.Source, Names = [.. value.Names], RareNames = [.. value.RareNames], Particulars = value.Particulars };
}
