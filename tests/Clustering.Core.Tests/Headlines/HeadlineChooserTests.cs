using Clustering.Core.Articles;
using Clustering.Core.Headlines;
using Clustering.Core.Reading;
using Clustering.Core.Tests.Consensus;

namespace Clustering.Core.Tests.Headlines;

/// <summary>A story's headline as an editor would choose it, on made-up articles and on the seeds.</summary>
public class HeadlineChooserTests
{
    private static HeadlineCandidate Read(string id, string title, string text)
    {
        var reading = ArticleReading.Read(new Article(id, title, text, null, null, null, "en", DateTimeOffset.UnixEpoch));
        return HeadlineChooser.Candidate(id, reading.Title, reading.Lead, reading.TitleFound);
    }

    private static readonly HeadlineCandidate LeadOnly = Read("lead", "",
        "ASHCOMBE, March 3 (Valley Wire) - Floodwater from the Orrin cut the only road into Ashcombe on Tuesday, stranding about 300 residents, the county said in a statement issued late in the evening.");

    private static readonly HeadlineCandidate Plain = Read("plain", "Orrin floods cut off Ashcombe, 300 residents stranded",
        "Floodwater from the Orrin River cut the only road into Ashcombe, leaving about 300 residents stranded.");

    private static readonly HeadlineCandidate Question = Read("question", "Is Ashcombe ready for the next Orrin flood?",
        "Residents of Ashcombe stranded by the Orrin floodwater asked whether the road could be raised.");

    private static readonly HeadlineCandidate Offside = Read("offside", "Ashcombe council approves new library budget",
        "The Ashcombe council approved the library budget for next year at its meeting.");

    private static readonly HeadlineCandidate ErrorPage = Read("error", "Sorry! Page not found",
        "Floodwater from the Orrin cut the road into Ashcombe, stranding residents.");

    [Fact]
    public void a_lead_sentence_a_dateline_or_an_error_page_is_not_a_headline()
    {
        LeadOnly.Real.ShouldBeFalse();
        ErrorPage.Real.ShouldBeFalse();
        HeadlineChooser.IsHeadline("ASHCOMBE, March 3 (Valley Wire) - Floodwater cut the road").ShouldBeFalse();
        HeadlineChooser.IsHeadline("Become a member").ShouldBeFalse();
        Plain.Real.ShouldBeTrue();
    }

    [Fact]
    public void a_real_headline_replaces_the_lead_sentence_that_stood_in()
    {
        HeadlineChooser.Choose([LeadOnly], null)!.ArticleId.ShouldBe("lead");
        HeadlineChooser.Choose([LeadOnly, ErrorPage, Plain], "lead")!.ArticleId.ShouldBe("plain");
    }

    [Fact]
    public void the_plain_headline_the_others_echo_beats_a_question_and_an_off_topic_one()
    {
        HeadlineChooser.Choose([Offside, Question, LeadOnly, Plain], null)!.ArticleId.ShouldBe("plain");
    }

    [Fact]
    public void a_standing_headline_stays_unless_another_is_clearly_better()
    {
        var close = Read("close", "Ashcombe cut off as Orrin floods road", "Floodwater from the Orrin cut the road into Ashcombe.");

        HeadlineChooser.Choose([Plain, LeadOnly, close], "close")!.ArticleId.ShouldBe("close");
        HeadlineChooser.Choose([Offside, Plain, LeadOnly], "offside")!.ArticleId.ShouldBe("plain");
    }

    [Fact]
    public void the_seeds_are_headlined_by_a_real_headline_that_is_no_question()
    {
        var directory = Path.Combine(SharedFiles.Root(), "seeds");
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList() : [];
        if (files.Count < 5)
        {
            Assert.Skip($"../shared/seeds is not here or incomplete: {directory}");
        }
        var candidates = new List<HeadlineCandidate>();
        string? current = null;
        foreach (var file in files)
        {
            var article = TxtArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file), DateTimeOffset.UnixEpoch).Article!;
            var reading = ArticleReading.Read(article);
            candidates.Add(HeadlineChooser.Candidate(article.Id, reading.Title, reading.Lead, reading.TitleFound));
            current = HeadlineChooser.Choose(candidates, current)!.ArticleId;
        }

        var chosen = candidates.Single(c => c.ArticleId == current);
        TestContext.Current.SendDiagnosticMessage("seeds headline: " + chosen.Text);
        chosen.Real.ShouldBeTrue();
        chosen.Text.ShouldNotEndWith("?");
        candidates.Count(c => c.Real).ShouldBeGreaterThanOrEqualTo(3);
    }
}
