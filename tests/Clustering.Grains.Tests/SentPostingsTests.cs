using Clustering.Core.Features;
using Clustering.Grains.Stories;

namespace Clustering.Grains.Tests;

/// <summary>What a story last told the index: found by term, replaced when sent again, kept when not.</summary>
public class SentPostingsTests
{
    private static readonly DateTimeOffset Monday = new(2026, 2, 2, 8, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public void a_term_sent_is_found_with_its_weight_and_time_and_one_never_sent_is_not()
    {
        var sent = new SentPostings();

        sent.Record([("quarry", 0.4f), ("flood", 0.3f)], Monday);

        sent.TryGet("quarry", out var weight, out var updated).ShouldBeTrue();
        weight.ShouldBe(0.4f);
        updated.ShouldBe(Monday);
        sent.TryGet("ferry", out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void a_term_sent_again_replaces_the_old_posting_and_the_others_stay()
    {
        var sent = new SentPostings();
        sent.Record([("quarry", 0.4f), ("flood", 0.3f), ("kessford", 0.2f)], Monday);

        sent.Record([("flood", 0.5f), ("divers", 0.1f)], Monday.AddHours(7));

        sent.Terms.ShouldBe(["divers", "flood", "kessford", "quarry"]);
        sent.TryGet("flood", out var weight, out var updated).ShouldBeTrue();
        (weight, updated).ShouldBe((0.5f, Monday.AddHours(7)));
        sent.TryGet("kessford", out var kept, out var keptSince).ShouldBeTrue();
        (kept, keptSince).ShouldBe((0.2f, Monday));
    }

    [Fact]
    public void terms_sent_at_one_time_and_then_each_sent_again_later_keep_their_own_times()
    {
        var sent = new SentPostings();
        sent.Record([("quarry", 0.4f), ("flood", 0.3f)], Monday);
        sent.Record([("quarry", 0.5f)], Monday.AddHours(7));
        sent.Record([("flood", 0.6f)], Monday.AddHours(9));

        sent.TryGet("quarry", out _, out var quarrySent).ShouldBeTrue();
        sent.TryGet("flood", out _, out var floodSent).ShouldBeTrue();

        quarrySent.ShouldBe(Monday.AddHours(7));
        floodSent.ShouldBe(Monday.AddHours(9));
    }

    [Fact]
    public void cleared_it_holds_nothing()
    {
        var sent = new SentPostings();
        sent.Record([("quarry", 0.4f)], Monday);

        sent.Clear();

        sent.IsEmpty.ShouldBeTrue();
        sent.TryGet("quarry", out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void a_whole_send_kept_as_its_vector_is_found_as_the_same_send_recorded_term_by_term()
    {
        var vector = TermVector.FromWeights(new Dictionary<string, float> { ["quarry"] = 4, ["flood"] = 3, ["kessford"] = 2, ["divers"] = 1 }, 10);
        var kept = new SentPostings();
        var recorded = new SentPostings();

        kept.RecordAllOf(vector, 3, Monday);
        recorded.Record(vector.Strongest(3), Monday);

        kept.IsEmpty.ShouldBeFalse();
        kept.Terms.ShouldBe(recorded.Terms);
        foreach (var term in new[] { "quarry", "flood", "kessford", "divers" })
        {
            kept.TryGet(term, out var weight, out var updated).ShouldBe(recorded.TryGet(term, out var recordedWeight, out var recordedUpdated));
            (weight, updated).ShouldBe((recordedWeight, recordedUpdated));
        }
    }

    [Fact]
    public void a_send_after_a_whole_send_kept_as_its_vector_merges_with_it()
    {
        var vector = TermVector.FromWeights(new Dictionary<string, float> { ["quarry"] = 4, ["flood"] = 3 }, 10);
        var sent = new SentPostings();
        sent.RecordAllOf(vector, 30, Monday);

        sent.Record([("divers", 0.1f)], Monday.AddHours(7));

        sent.Terms.ShouldBe(["divers", "flood", "quarry"]);
        sent.TryGet("quarry", out var weight, out var updated).ShouldBeTrue();
        (weight, updated).ShouldBe((vector.Weights[1], Monday));
    }
}
