using Clustering.Core.Articles;
using Clustering.Core.Features;

namespace Clustering.Grains.Tests;

/// <summary>Short articles written for the tests. Ids carry a per-test prefix so tests sharing a silo never meet.</summary>
internal static class TestArticles
{
    private static readonly DateTimeOffset Day = new(2025, 5, 10, 6, 0, 0, TimeSpan.Zero);

    private static readonly FeatureExtractor Extractor = new(new TermStatistics());

    public static ArticleFeatures Features(Article article) => Extractor.Extract(article);

    public static Core.Reading.ArticleReadout Reading(Article article) => Core.Reading.ArticleReading.Read(article);

    public static Article Make(string id, string title, string text, int hour = 0) =>
        new(id, title, text, Url: null, Source: "Test Wire", Day.AddHours(hour), "en", Day.AddHours(hour));

    /// <summary>An article about a topic no other test writes about, so stories of different tests never merge.</summary>
    public static Article Unique(string id, string topic, int hour = 0) => Make(
        id,
        $"{topic}ka {topic}lo {topic}mu {topic}ne",
        $"{topic}ka {topic}po {topic}ra {topic}si {topic}tu; {topic}lo {topic}mu.",
        hour);

    public static Article Quake(string id, int hour = 0) => Make(
        id,
        "Strong earthquake shakes coastal Valdoria, buildings collapse in Porto Meris",
        "A magnitude 6.4 earthquake struck the coast of Valdoria, collapsing buildings in Porto Meris. "
        + "Rescue teams searched the rubble of the Porto Meris harbour district after the earthquake, officials said.",
        hour);

    public static Article QuakeFollowUp(string id, int hour = 0) => Make(
        id,
        "Valdoria earthquake: rescuers pull survivors from Porto Meris rubble",
        "Rescuers in Porto Meris pulled survivors from collapsed buildings a day after the Valdoria earthquake. "
        + "The harbour district of Porto Meris was worst hit by the magnitude 6.4 quake.",
        hour);

    public static Article Election(string id, int hour = 0) => Make(
        id,
        "Northland parliament election: Greens surge as turnout hits record",
        "Voters in Northland elected a new parliament on Sunday. The Greens doubled their seats while turnout "
        + "reached a record, the electoral commission announced after counting ballots.",
        hour);

    public static Article Football(string id, int hour = 0) => Make(
        id,
        "Riverside United beat Castleford in cup final penalty shootout",
        "Riverside United won the cup final against Castleford after a penalty shootout. The goalkeeper saved "
        + "two penalties as Riverside United lifted the trophy at the national stadium.",
        hour);
}
