using Clustering.Core.Cleaning;
using Clustering.Core.Text;

namespace Clustering.Core.Tests.Cleaning;

public class PageCleanerTests
{
    private const string Body1 = "The mayor opened the new bridge over the river on Tuesday, ending three years of detours.";
    private const string Body2 = "Engineers said the crossing would carry about 20,000 cars a day once the ramps are finished.";

    private static CleanedText Clean(string? title, params string[] lines) => PageCleaner.Clean(title, string.Join('\n', lines));

    [Fact]
    public void navigation_and_membership_prompts_are_dropped()
    {
        var cleaned = Clean(null, "Become a member", "Featured", "Sections", "Follow Us", "News Feed", "Show More",
            "Mayor opens the long-awaited river bridge", Body1, Body2);

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
        cleaned.Title.ShouldBe("Mayor opens the long-awaited river bridge");
        cleaned.TitleFound.ShouldBeTrue();
    }

    [Fact]
    public void error_page_text_is_not_article_text()
    {
        var cleaned = Clean("404", "Sorry!!", "Error! We're sorry, but the page you were looking for doesn't exist.",
            "Bridge opens after three years", Body1);

        cleaned.Title.ShouldBe("Bridge opens after three years");
        cleaned.Paragraphs.ShouldBe([Body1]);
    }

    [Fact]
    public void a_body_the_page_carries_twice_is_kept_once()
    {
        var cleaned = Clean("Bridge opens", Body1, Body2, Body1, Body2);

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void a_teaser_of_another_story_goes_with_its_headline()
    {
        var cleaned = Clean("Bridge opens", Body1, Body2,
            "What comes next for the old ferry line? Operators weigh their options, officials say",
            "The ferry that carried commuters across the river for forty years may close within months, operators told reporters, though several council members want to keep a reduced weekend service for vis",
            "The City DeskJane Roe");

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void tag_lists_author_boxes_and_reading_prompts_are_dropped()
    {
        var cleaned = Clean("Bridge opens", Body1, Body2,
            "InfrastructureRiversCity councilTransport",
            "Avatar",
            "We are the news team of the City Paper. Feel free to contact us via email with tips.",
            "Read more",
            "A later paragraph under the reading prompt belongs to another page entirely.");

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void legal_disclaimers_and_copyright_footers_are_dropped()
    {
        var cleaned = Clean("Bridge opens", Body1,
            "Copyright 2016 Example Broadcasting. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            Body2,
            "Legal Disclaimer:",
            "The provider supplies this information as is without warranty of any kind.");

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void transcript_toggles_share_bars_and_video_prompts_are_dropped()
    {
        var cleaned = Clean("Bridge opens", "Hide Transcript Show Transcript", "Please enable Javascript to watch this video",
            "Share this: Facebook", "Like this: Like Loading...", Body1, "Advertisement", Body2);

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void captions_bylines_and_stamp_lines_are_dropped()
    {
        var cleaned = Clean("Bridge opens", "Tuesday, March 4", "2 min read", "by The City Desk",
            "The new bridge seen from the east bank on Monday. (Jane Roe/Example Images via Getty Images)",
            "March 3, 2031 9:42 PM", Body1, "Contact Jane Roe: jroe@example.com or 555-123-4567.", Body2);

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void short_section_heads_inside_the_body_are_dropped()
    {
        var cleaned = Clean("Bridge opens", Body1, "20,000 Cars", Body2);

        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void a_title_that_is_really_the_lead_becomes_the_lead_and_its_first_sentence_the_title()
    {
        var lead = "Springfield, June 3 (Wire) The mayor of Springfield opened the new river bridge on Tuesday after three years of building work. " +
            "Officials said the work had cost more than expected by a wide margin this spring.";
        var cleaned = Clean(lead, Body2);

        cleaned.TitleFound.ShouldBeFalse();
        cleaned.Title.ShouldBe("The mayor of Springfield opened the new river bridge on Tuesday after three years of building work.");
        cleaned.Lead.ShouldStartWith("The mayor of Springfield");
        cleaned.Paragraphs.Count.ShouldBe(2);
    }

    [Fact]
    public void the_lead_is_the_first_body_paragraph_and_the_title_is_not_repeated_in_the_body()
    {
        var cleaned = Clean(null, "Mayor opens the long-awaited river bridge", "Mayor opens the long-awaited river bridge", Body1, Body2);

        cleaned.Lead.ShouldBe(Body1);
        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void html_is_read_through_its_structure()
    {
        var html = "<html><head><title>Site | Bridge</title></head><body><nav><ul><li>Home</li><li>World</li></ul></nav>" +
            "<article><h1>Mayor opens the river bridge</h1><p>" + Body1 + "</p><div class=\"share-bar\">Share on social</div><p>" + Body2 +
            "</p></article><footer>About us</footer></body></html>";

        var cleaned = PageCleaner.Clean(null, html);

        cleaned.Title.ShouldBe("Mayor opens the river bridge");
        cleaned.Paragraphs.ShouldBe([Body1, Body2]);
    }

    [Fact]
    public void the_body_only_entry_point_joins_paragraphs_with_new_lines()
    {
        TextCleaner.Clean(Body1 + "\n\nAdvertisement\n\n" + Body2).ShouldBe(Body1 + "\n" + Body2);
        TextCleaner.Clean(string.Empty).ShouldBe(string.Empty);
    }

    [Fact]
    public void hostile_text_is_cleaned_quickly()
    {
        var hostile = new string('a', 50_000) + "\n" + string.Concat(Enumerable.Repeat("(((((", 20_000)) + "\n" + new string('©', 10_000);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        PageCleaner.Clean(null, hostile);
        watch.ElapsedMilliseconds.ShouldBeLessThan(2_000);
    }

    [Fact]
    public void a_paragraph_wrapped_at_a_fixed_width_is_one_paragraph_again()
    {
        var cleaned = Clean(null, "Mayor opens the long-awaited river bridge",
            "The mayor opened the new bridge over the river on Tuesday, ending",
            "three years of detours for the towns on the east bank.", Body2);

        cleaned.Paragraphs.ShouldBe(["The mayor opened the new bridge over the river on Tuesday, ending three years of detours for the towns on the east bank.", Body2]);
    }

    [Fact]
    public void a_short_line_and_a_finished_sentence_are_not_joined_to_the_line_after()
    {
        var cleaned = Clean(null, "Mayor opens the long-awaited river bridge", "By a staff writer", "updated two hours ago", Body1, "more on the bridge in our local pages");

        cleaned.Paragraphs.ShouldNotContain(p => p.Contains("writer updated", StringComparison.Ordinal));
        cleaned.Paragraphs.ShouldNotContain(p => p.Contains("detours. more", StringComparison.Ordinal));
    }
}
