using System.Text;
using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Evaluation;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>
/// The ledger's consensus against the Gun Violence Archive's killed and injured counts in
/// gva-dev, with articles grouped by their gold incident (no clustering), one ledger per incident,
/// articles added in publication order. Each floor sits about 0.01 under what was measured
/// (docs/benchmarks.md), so that a reader worse on real reports fails while a few items moving
/// either way, where a report and its incident record disagree, do not.
/// </summary>
public class GvaConsensusTests
{
    private const double KilledFloor = 0.889;
    private const double InjuredFloor = 0.858;

    [Fact]
    public void consensus_killed_and_injured_match_the_incident_counts()
    {
        var articlesPath = SharedFiles.PathOf("eval", "gva-dev.ndjson");
        var gold = FactScores.ReadAssignments(File.ReadLines(SharedFiles.PathOf("eval", "gva-dev.gold.tsv")));
        var goldFacts = FactScores.ReadGoldFacts(File.ReadLines(SharedFiles.PathOf("eval", "gva-dev.facts.tsv")));

        var articles = File.ReadLines(articlesPath)
            .Select(line => ArticleParser.Parse(Encoding.UTF8.GetBytes(line), DateTimeOffset.UnixEpoch).Article!)
            .ToList();
        var readouts = new Dictionary<string, ArticleReadout>(StringComparer.Ordinal);
        Parallel.ForEach(articles, article =>
        {
            var readout = ArticleReading.Read(article, ReadingParts.All & ~ReadingParts.Terms);
            lock (readouts)
            {
                readouts[article.Id] = readout;
            }
        });

        var storyFacts = new List<StoryFact>();
        foreach (var incident in articles.Where(a => gold.ContainsKey(a.Id)).GroupBy(a => gold[a.Id]))
        {
            var ledger = new StoryLedger();
            foreach (var article in incident.OrderBy(a => a.EffectiveTime).ThenBy(a => a.Id, StringComparer.Ordinal))
            {
                ledger.AddArticle(article.Id, article.Source, article.EffectiveTime, readouts[article.Id]);
            }
            foreach (var fact in ledger.Facts)
            {
                storyFacts.Add(new StoryFact(incident.Key, fact.Slot, fact.Consensus.Value));
            }
        }

        var report = FactScores.Score(gold, gold, goldFacts, storyFacts);
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"gva-dev consensus killed: {report.Killed.Correct}/{report.Killed.Total} = {report.Killed.Accuracy:P1}");
        output.WriteLine($"gva-dev consensus injured: {report.Injured.Correct}/{report.Injured.Total} = {report.Injured.Accuracy:P1}");
        output.WriteLine($"gva-dev consensus overall: {report.Overall.Correct}/{report.Overall.Total} = {report.Overall.Accuracy:P1}");

        report.Killed.Accuracy.ShouldBeGreaterThanOrEqualTo(KilledFloor);
        report.Injured.Accuracy.ShouldBeGreaterThanOrEqualTo(InjuredFloor);
    }
}
