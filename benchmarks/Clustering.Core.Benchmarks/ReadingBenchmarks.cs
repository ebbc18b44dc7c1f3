using BenchmarkDotNet.Attributes;
using Clustering.Core.Articles;
using Clustering.Core.Reading;

namespace Clustering.Core.Benchmarks;

/// <summary>
/// Reading cost per article over gva-dev, one thread. Each invocation reads every article once and
/// counts as that many operations, so Mean is time per article and Allocated is bytes per article.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class ReadingBenchmarks
{
    private const int Articles = 3273;

    private const ReadingParts Target = ReadingParts.Terms | ReadingParts.Entities | ReadingParts.Quantities | ReadingParts.Quotes;

    private Article[] _articles = [];

    [GlobalSetup]
    public void Load()
    {
        _articles = GvaArticles.Load();
        if (_articles.Length != Articles)
        {
            throw new InvalidOperationException($"expected {Articles} gva-dev articles, found {_articles.Length}; update OperationsPerInvoke");
        }
    }

    /// <summary>The target of issue 4: clean + features (terms, entities) + numbers + quotes.</summary>
    [Benchmark(OperationsPerInvoke = Articles, Baseline = true)]
    public int CleanFeaturesNumbersQuotes()
    {
        var sum = 0;
        foreach (var article in _articles)
        {
            sum += ArticleReading.Read(article, Target).Quantities.Count;
        }
        return sum;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int CleanOnly()
    {
        var sum = 0;
        foreach (var article in _articles)
        {
            sum += ArticleReading.Read(article, ReadingParts.None).Body.Length;
        }
        return sum;
    }

    /// <summary>Everything, with credits, dates and the copy fingerprint.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Everything()
    {
        var sum = 0;
        foreach (var article in _articles)
        {
            sum += ArticleReading.Read(article).Quantities.Count;
        }
        return sum;
    }
}
