using Clustering.Core.Features;

namespace Clustering.Core.Tests.Features;

public class TermStatisticsTests
{
    [Fact]
    public void what_a_silo_counted_is_taken_once_for_sharing()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["flood", "valley"]);
        statistics.Observe(["flood"]);

        var first = statistics.TakeUnshared();
        var second = statistics.TakeUnshared();

        first.Documents.ShouldBe(2);
        first.Frequencies["flood"].ShouldBe(2);
        first.Frequencies["valley"].ShouldBe(1);
        second.IsEmpty.ShouldBeTrue();
        statistics.Documents.ShouldBe(2);
    }

    [Fact]
    public void what_other_silos_counted_weighs_a_term_as_if_read_here()
    {
        var here = new TermStatistics();
        here.Observe(["flood"]);
        var alone = here.Idf("flood");

        here.AddOthers(new TermCounts(9, new Dictionary<string, int> { ["flood"] = 4 }));

        here.Documents.ShouldBe(10);
        here.Idf("flood").ShouldBeGreaterThan(alone);
        var everywhere = new TermStatistics();
        for (var i = 0; i < 10; i++)
        {
            everywhere.Observe(i < 5 ? ["flood"] : ["drought"]);
        }
        here.Idf("flood").ShouldBe(everywhere.Idf("flood"));
        here.TakeUnshared().Documents.ShouldBe(1);
    }

    [Fact]
    public void counts_that_could_not_be_shared_go_with_the_next_exchange()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["dam"]);
        var taken = statistics.TakeUnshared();
        statistics.Observe(["dam", "river"]);

        statistics.PutBack(taken);

        var next = statistics.TakeUnshared();
        next.Documents.ShouldBe(2);
        next.Frequencies["dam"].ShouldBe(2);
        next.Frequencies["river"].ShouldBe(1);
    }

    [Fact]
    public void a_term_the_feed_writes_as_a_name_stays_one_where_its_capital_says_nothing()
    {
        var statistics = new TermStatistics();
        statistics.Observe(["quenbi", "ferri"]);
        statistics.ObserveNames(["quenbi"]);
        statistics.Observe(["quenbi", "ferri"]);
        var names = new HashSet<string>(StringComparer.Ordinal);

        statistics.Names(["quenbi", "ferri", "strand"], names);

        names.ShouldBe(["quenbi"]);
    }

    [Fact]
    public void a_term_written_as_a_name_in_too_few_of_its_documents_is_no_name()
    {
        var statistics = new TermStatistics();
        statistics.ObserveNames(["close"]);
        for (var i = 0; i < TermStatistics.NameShare + 1; i++)
        {
            statistics.Observe(["close"]);
        }
        var names = new HashSet<string>(StringComparer.Ordinal);

        statistics.Names(["close"], names);

        names.ShouldBeEmpty();
    }

    [Fact]
    public void name_counts_travel_with_the_counts_shared_between_silos_but_count_no_document()
    {
        var here = new TermStatistics();
        here.Observe(["quenbi"]);
        here.ObserveNames(["quenbi"]);
        var there = new TermStatistics();

        there.AddOthers(here.TakeUnshared());
        var names = new HashSet<string>(StringComparer.Ordinal);
        there.Names(["quenbi"], names);

        names.ShouldBe(["quenbi"]);
        there.Documents.ShouldBe(1);
    }
}
