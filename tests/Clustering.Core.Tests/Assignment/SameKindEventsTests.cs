using Clustering.Core.Articles;
using Clustering.Core.Assignment;

namespace Clustering.Core.Tests.Assignment;

/// <summary>
/// Two events of one kind (two players of one club arrested for drunk driving, weeks apart) share
/// every event word; who it was tells them apart. Pages without dates, as many archives serve them:
/// their arrival is no evidence that they are close in time.
/// </summary>
public class SameKindEventsTests
{
    private static readonly DateTimeOffset Arrived = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    private static Article Page(string id, string title, string text) =>
        new(id, title, text, Url: null, Source: null, Published: null, Language: "en", Received: Arrived);

    private static readonly Article FeldArrest = Page("a", "Harbour Hawks lineman Dorian Feld arrested on suspicion of drunk driving",
        "Harbour Hawks lineman Dorian Feld was arrested early Sunday on suspicion of drunk driving, police in Marlow Bay said. "
        + "Feld, 27, was stopped after his pickup drifted across two lanes on the coast road. The club said it was aware of the arrest "
        + "and would not comment further while the legal process runs. Feld was booked into the county jail and released on bail.");

    private static readonly Article FeldCourt = Page("b", "Hawks' Feld pleads not guilty to drunk-driving charge",
        "Dorian Feld, the Harbour Hawks lineman arrested on suspicion of drunk driving near Marlow Bay, pleaded not guilty on Thursday. "
        + "His lawyer said Feld would contest the breath test. The Hawks have not said whether Feld will play on Sunday.");

    private static readonly Article QuillArrest = Page("c", "Harbour Hawks receiver Tomas Quill arrested on suspicion of drunk driving",
        "Harbour Hawks receiver Tomas Quill was arrested early Saturday on suspicion of drunk driving, police in Gannet Point said. "
        + "Quill, 24, was stopped after his sedan ran a red light downtown. The club said it was aware of the arrest "
        + "and would not comment further while the legal process runs. Quill was booked into the city jail and released on bail.");

    private static MatchMeasures Measure(Article first, Article next) => OneArticleStory.Measure(first, next).Features;

    [Fact]
    public void another_player_arrested_for_the_same_offence_names_people_and_names_the_story_never_wrote()
    {
        var other = Measure(FeldArrest, QuillArrest);
        var same = Measure(FeldArrest, FeldCourt);

        // The club's name reads as a name too, and both pages write it.
        other.PersonsUnshared.ShouldBeGreaterThan(0.5f);
        same.PersonsUnshared.ShouldBe(0f);
        other.NamesUnshared.ShouldBeGreaterThan(same.NamesUnshared + 0.2f);
    }

    [Fact]
    public void two_undated_pages_are_not_measured_as_written_in_the_same_minute()
    {
        var measured = Measure(FeldArrest, QuillArrest);

        measured.LogMinutesSinceLast.ShouldBe(MatchFeatures.DayApart);
        measured.LogMinutesSinceFirst.ShouldBe(MatchFeatures.DayApart);
        measured.LogDaysApart.ShouldBe(0f);
    }

    [Fact]
    public void a_model_that_weighs_who_keeps_the_other_player_apart_and_takes_the_follow_up()
    {
        // The shipped model gives these measures no weight yet (the fit across every dev set found none
        // that costs no set); a model that weighs the names the story never wrote tells the two apart.
        var weighsWho = MatchModel.Default with
        {
            Weights = [.. MatchModel.Default.Weights.Select((weight, i) => MatchMeasures.Names[i] == "namesUnshared" ? -12f : weight)],
        };
        var (other, documents) = OneArticleStory.Measure(FeldArrest, QuillArrest);
        var (same, _) = OneArticleStory.Measure(FeldArrest, FeldCourt);

        weighsWho.Accepts(other, documents, out var pOther).ShouldBeFalse($"p {pOther}");
        weighsWho.Accepts(same, documents, out var pSame).ShouldBeTrue($"p {pSame}");
        MatchModel.Default.Accepts(other, documents, out _).ShouldBeTrue("without that weight the two players read as one story");
    }

    [Fact]
    public void the_shipped_model_takes_two_undated_pages_as_less_likely_one_story_than_the_same_two_posted_the_same_minute()
    {
        var posted = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var (undated, documents) = OneArticleStory.Measure(FeldArrest, FeldCourt);
        var (sameMinute, _) = OneArticleStory.Measure(FeldArrest with { Published = posted }, FeldCourt with { Published = posted.AddMinutes(1) });

        MatchModel.Default.LogOdds(undated).ShouldBeLessThan(MatchModel.Default.LogOdds(sameMinute));
        MatchModel.Default.Accepts(undated, documents, out var p).ShouldBeTrue($"a follow-up still joins without a date: p {p}");
    }

    [Fact]
    public void a_long_page_without_a_date_is_measured_as_undated_and_a_dated_or_headline_only_one_less_so()
    {
        var posted = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var undated = Measure(FeldArrest, QuillArrest);
        var dated = Measure(FeldArrest with { Published = posted }, QuillArrest with { Published = posted.AddDays(9) });
        var headlineOnly = Measure(FeldArrest, Page("d", "Hawks receiver Quill held over drunk driving", string.Empty));

        undated.UndatedLong.ShouldBe(1f);
        dated.UndatedLong.ShouldBe(0f);
        headlineOnly.UndatedLong.ShouldBeInRange(0f, 0.9f);
    }

    [Fact]
    public void the_shipped_model_asks_a_long_undated_page_for_more_than_its_words_alone_would_need()
    {
        var (undated, documents) = OneArticleStory.Measure(FeldArrest, FeldCourt);
        var asIfTimed = undated.Clone();
        asIfTimed.UndatedLong = 0f;

        MatchModel.Default.LogOdds(undated).ShouldBeLessThan(MatchModel.Default.LogOdds(asIfTimed));
        MatchModel.Default.Accepts(undated, documents, out var p).ShouldBeTrue($"the follow-up that names the same player still joins: p {p}");
    }
    private static readonly Article FeldBrief = Page("e", "Feld to fight drunk-driving charge",
        "Hawks lineman Dorian Feld will contest the drunk-driving charge in court, his lawyer said.");

    [Fact]
    public void a_short_page_without_a_date_is_measured_by_its_shortness_times_its_closer_cosine_and_a_dated_one_not_at_all()
    {
        var posted = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);
        var brief = Measure(FeldArrest, FeldBrief);
        var datedBrief = Measure(FeldArrest with { Published = posted }, FeldBrief with { Published = posted.AddDays(4) });
        var long_ = Measure(FeldArrest, FeldCourt);

        var shortness = 1f - brief.UndatedLong;
        brief.UndatedShort.ShouldBe(shortness * MathF.Max(brief.CentroidCos, brief.NearestCos), 0.0001f);
        brief.UndatedShort.ShouldBeGreaterThan(0f);
        datedBrief.UndatedShort.ShouldBe(0f);
        long_.UndatedShort.ShouldBeLessThan(brief.UndatedShort);
    }

    // Two undated one-line pages on two killings of one kind: they share the event's words, not who or where.
    private static readonly Article CoveStabbing = Page("f", string.Empty,
        "A Brackenford man was charged on Tuesday with stabbing his landlady and her lodger to death in a flat above the laundrette on Quay Lane.");

    private static readonly Article OrchardArrest = Page("g", string.Empty,
        "A retired nurse was charged with murdering two women at an orchard near Wellmarsh, police said.");

    [Fact]
    public void a_one_line_page_without_a_date_that_shares_only_the_event_words_does_not_join_another_undated_killing()
    {
        var (other, documents) = OneArticleStory.Measure(CoveStabbing, OrchardArrest);

        MatchModel.Default.Accepts(other, documents, out var p).ShouldBeFalse($"p {p}");
    }

    [Fact]
    public void the_shipped_model_gives_a_short_undated_follow_up_back_what_its_unknown_time_cost()
    {
        // Its minute measures read a day apart, which for a dated brief is strong evidence of another
        // story; with no date at all that is no evidence, and the brief joins on its words: what it gets
        // back grows with how closely they match, so a brief must say what the story says, not only whom.
        var (brief, documents) = OneArticleStory.Measure(FeldArrest, FeldBrief);
        var withoutGiveBack = brief.Clone();
        withoutGiveBack.UndatedShort = 0f;

        MatchModel.Default.LogOdds(brief).ShouldBeGreaterThan(MatchModel.Default.LogOdds(withoutGiveBack));
        MatchModel.Default.Accepts(brief, documents, out var p).ShouldBeTrue($"the brief on the same player joins his story: p {p}");
        MatchModel.Default.Accepts(withoutGiveBack, documents, out var q).ShouldBeFalse($"judged a day apart it would start a story of its own: p {q}");
    }
}
