using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Reading;

namespace Clustering.Core.Tests.Consensus;

/// <summary>
/// Counts of nouns no pack names ("four ferries", "three games"), invented: a story lists one only when
/// two different outlets lead with the same figure.
/// </summary>
public class UntrackedCountTests
{
    private static readonly DateTimeOffset Noon = new(2033, 4, 2, 12, 0, 0, TimeSpan.Zero);

    /// <summary>Enough of a harbour report to push what follows out of its opening paragraphs.</summary>
    private const string LongOpening =
        "The harbour master of Tessel Bay spent the morning on the quay with the port's engineers, walking the length of the old "
        + "breakwater and looking at the cracks that the winter storms had opened in its stones. Fishermen who moor along the "
        + "north wall said the swell had grown worse each year, and the town council has argued for a decade over who should "
        + "pay to mend it. A survey is due in the summer, officials said, and the work could take two years once it starts. ";

    private static void Add(StoryLedger ledger, string id, string source, DateTimeOffset time, string title, string text)
    {
        var article = new Article(id, title, text, null, source, time, "en", time);
        ledger.AddArticle(id, source, time, ArticleReading.Read(article));
    }

    [Fact]
    public void a_count_that_one_outlet_gives_is_no_fact_of_the_story()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Ferry line cuts crossings",
            "Four ferries were pulled from the Tessel crossing on Friday while inspectors checked their hulls.");

        ledger.Fact("ferry").ShouldBeNull();
    }

    [Fact]
    public void two_outlets_leading_with_the_same_figure_make_it_a_fact()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Ferry line cuts crossings",
            "Four ferries were pulled from the Tessel crossing on Friday while inspectors checked their hulls.");
        Add(ledger, "b", "Bay Radio", Noon.AddHours(2), "Inspectors ground Tessel boats",
            "Inspectors have taken four ferries off the route to the islands, leaving travellers queueing at the terminal for the one boat left.");

        var ferries = ledger.Fact("ferry").ShouldNotBeNull();
        ferries.Consensus.Value.ShouldBe(4);
    }

    [Fact]
    public void the_same_outlet_saying_it_twice_is_still_one_outlet()
    {
        var ledger = new StoryLedger();
        Add(ledger, "morning", "Tessel Courier", Noon, "Ferry line cuts crossings",
            "Four ferries were pulled from the Tessel crossing on Friday while inspectors checked their hulls.");
        Add(ledger, "evening", "Tessel Courier", Noon.AddHours(7), "Crossings stay shut",
            "Inspectors kept four ferries tied up at the pier into the evening, and the operator said repairs would take a week.");

        ledger.Fact("ferry").ShouldBeNull();
    }

    [Fact]
    public void a_figure_two_outlets_give_only_deep_in_their_reports_is_no_fact()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Breakwater survey due",
            LongOpening + "Four ferries were pulled from the crossing last week while inspectors checked their hulls.");
        Add(ledger, "b", "Bay Radio", Noon.AddHours(3), "Tessel waits on breakwater repairs",
            LongOpening.Replace("harbour master", "port captain", StringComparison.Ordinal)
            + "Separately, the operator has taken four ferries off the island route.");

        ledger.Fact("ferry").ShouldBeNull();
    }

    [Fact]
    public void a_copy_of_one_outlets_report_is_no_second_outlet()
    {
        const string body = "Four ferries were pulled from the Tessel crossing on Friday while inspectors checked their hulls, "
            + "the operator said, adding that the islands would be served by a single boat until the checks were done.";
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Ferry line cuts crossings", body);
        Add(ledger, "b", "Coastal Digest", Noon.AddHours(1), "Ferry line cuts crossings", body);

        ledger.Fact("ferry").ShouldBeNull();
    }

    [Fact]
    public void groups_and_parts_of_a_name_are_never_counted_however_many_outlets_give_them()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Joint search in Tessel Bay",
            "Two coast guard vessels combed Tessel Bay after the two nations agreed on a joint search for the missing trawler.");
        Add(ledger, "b", "Bay Radio", Noon.AddHours(2), "Neighbours search the bay together",
            "The two nations sent two coast guard vessels into the bay at first light, looking for a trawler that lost radio contact.");

        ledger.Fact("coast").ShouldBeNull();
        ledger.Fact("nation").ShouldBeNull();
        ledger.Fact("vessel").ShouldNotBeNull().Consensus.Value.ShouldBe(2);
    }

    [Fact]
    public void a_count_a_pack_names_is_a_fact_from_a_single_outlet()
    {
        var ledger = new StoryLedger();
        Add(ledger, "a", "Tessel Courier", Noon, "Storm wrecks quay",
            "Two fishermen were killed when a wave swept them off the quay at Tessel Bay, the coastguard said.");

        ledger.Fact("killed").ShouldNotBeNull().Consensus.Value.ShouldBe(2);
    }
}
