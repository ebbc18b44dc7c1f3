using System.Text;
using Clustering.Core.Articles;
using Clustering.Core.Facts;
using Clustering.Core.Packs.Shooting;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Shared;

/// <summary>
/// How often an article's own killed and injured counts (<see cref="CasualtyCount"/>) agree with
/// its incident's counts in gva-dev. A count of 0 often goes unmentioned, so "nothing stated"
/// agrees with 0. The floors are what the extractor reaches today, to catch regressions.
/// </summary>
public class GvaAgreementTests
{
    private const double KilledFloor = 0.841;
    private const double InjuredFloor = 0.749;

    [Fact]
    public void extracted_killed_and_injured_agree_with_the_incident_counts()
    {
        var articles = SharedData.PathOf("eval", "gva-dev.ndjson");
        var incidentOf = File.ReadLines(SharedData.PathOf("eval", "gva-dev.gold.tsv"))
            .Select(line => line.Split('\t')).ToDictionary(parts => parts[0], parts => parts[1]);
        var counts = new Dictionary<(string Incident, string Slot), double>();
        foreach (var line in File.ReadLines(SharedData.PathOf("eval", "gva-dev.facts.tsv")))
        {
            var parts = line.Split('\t');
            counts[(parts[0], parts[1])] = double.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        int killedTotal = 0, killedAgree = 0, injuredTotal = 0, injuredAgree = 0, killedStated = 0, killedStatedAgree = 0, injuredStated = 0, injuredStatedAgree = 0;
        foreach (var line in File.ReadLines(articles))
        {
            var article = ArticleParser.Parse(Encoding.UTF8.GetBytes(line), DateTimeOffset.UnixEpoch).Article!;
            var incident = incidentOf[article.Id];
            var (killed, injured) = CasualtyCount.Of(ArticleReading.Read(article, ReadingParts.Quantities).Quantities);
            Score(counts, incident, "killed", killed, ref killedTotal, ref killedAgree, ref killedStated, ref killedStatedAgree);
            Score(counts, incident, "injured", injured, ref injuredTotal, ref injuredAgree, ref injuredStated, ref injuredStatedAgree);
        }

        var killedRate = (double)killedAgree / killedTotal;
        var injuredRate = (double)injuredAgree / injuredTotal;
        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"gva-dev killed agreement: {killedAgree}/{killedTotal} = {killedRate:P1} (when stated: {killedStatedAgree}/{killedStated} = {(double)killedStatedAgree / killedStated:P1})");
        output.WriteLine($"gva-dev injured agreement: {injuredAgree}/{injuredTotal} = {injuredRate:P1} (when stated: {injuredStatedAgree}/{injuredStated} = {(double)injuredStatedAgree / injuredStated:P1})");

        killedRate.ShouldBeGreaterThanOrEqualTo(KilledFloor);
        injuredRate.ShouldBeGreaterThanOrEqualTo(InjuredFloor);
    }

    private static void Score(Dictionary<(string, string), double> counts, string incident, string slot, double? extracted,
        ref int total, ref int agree, ref int stated, ref int statedAgree)
    {
        if (!counts.TryGetValue((incident, slot), out var gold))
        {
            return;
        }
        total++;
        if ((extracted ?? 0) == gold)
        {
            agree++;
        }
        if (extracted is not null)
        {
            stated++;
            if (extracted == gold)
            {
                statedAgree++;
            }
        }
    }
}
