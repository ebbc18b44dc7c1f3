using System.Diagnostics;
using Clustering.Core.Articles;
using Clustering.Core.Reading;

namespace Clustering.Cli.Bench;

/// <summary>
/// The reference the ingest figures are read against, measured in the same run: every article read
/// (cleaned, entities, dates, numbers, quotes, fingerprint) on all cores with nothing else around
/// it. Reading is work the engine cannot skip, so the replay's and the ingest's share of this rate is
/// what the rest of the path (assignment, stories, grain calls) leaves of the machine, whatever else
/// the machine is doing during the run.
/// </summary>
internal static class ReadingReference
{

    public static double ArticlesPerSecond(IReadOnlyList<Article> articles)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        // Compiled before it is timed, as the replay's reading is by the time it is timed.
        Parallel.ForEach(articles.Take(64), options, article => ArticleReading.Read(article, ReadingParts.OfTheArticleAlone));
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(articles, options, article => ArticleReading.Read(article, ReadingParts.OfTheArticleAlone));
        clock.Stop();
        return Math.Round(articles.Count / clock.Elapsed.TotalSeconds, 1);
    }
}
