using Clustering.Abstractions.Stories;
using Clustering.Cli.Watch;
using Spectre.Console;

namespace Clustering.Cli.Tests;

/// <summary>The model behind `clustering watch`, rendered to text instead of a terminal.</summary>
public class WatchBoardTests
{
    private static readonly DateTimeOffset Now = new(2025, 5, 10, 12, 0, 0, TimeSpan.Zero);

    private static StorySummary Summary(string id, string title, long version, int minutesAgo) => new()
    {
        Id = id,
        Title = title,
        Version = version,
        ArticleCount = (int)version,
        IndependentSourceCount = (int)version,
        Created = Now.AddHours(-1),
        Updated = Now.AddMinutes(-minutesAgo),
    };

    private static StoryUpdate Update(string id, long version, int articles, int conflicts = 0, string? title = null) => new()
    {
        StoryId = id,
        Version = version,
        PreviousVersion = version - 1,
        Changes = new StoryChanges
        {
            Title = title,
            ArticleCount = articles,
            IndependentSourceCount = articles - 1,
            ConflictCount = conflicts,
            Updated = Now,
            ArticlesAdded = [new StoryArticle { Id = $"{id}-a{version}", Title = $"article {version}", Source = "Wire" }],
        },
    };

    private static string Text(WatchBoard board)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 160;
        console.Write(board.Render(Now));
        return output.ToString();
    }

    [Fact]
    public void the_list_shows_the_latest_changed_story_first_with_its_counts()
    {
        var board = new WatchBoard(null);
        board.ReplaceList([Summary("s1", "Dam breach in Velmar", 3, 30), Summary("s2", "Ferry aground at Harrow Point", 1, 10)]);

        board.Updated(Update("s1", 4, articles: 4, conflicts: 2));

        board.Stories.Select(story => story.Id).ShouldBe(["s1", "s2"]);
        var first = board.Stories[0];
        (first.Version, first.ArticleCount, first.IndependentSourceCount, first.ConflictCount, first.Title).ShouldBe((4L, 4, 3, 2, "Dam breach in Velmar"));
        var text = Text(board);
        text.ShouldContain("Dam breach in Velmar");
        text.ShouldContain("just now");
        text.ShouldContain("10 min ago");
    }

    [Fact]
    public void an_old_or_repeated_version_changes_nothing()
    {
        var board = new WatchBoard(null);
        board.Created(Summary("s1", "Dam breach in Velmar", 3, 30));
        var changes = board.Changes;

        board.Updated(Update("s1", 3, articles: 99));
        board.Created(Summary("s1", "another title", 2, 0));

        board.Changes.ShouldBe(changes);
        board.Stories.ShouldHaveSingleItem().ArticleCount.ShouldBe(3);
    }

    [Fact]
    public void a_story_view_adds_the_articles_and_replaces_the_facts_a_delta_brings()
    {
        var board = new WatchBoard("s1");
        board.Snapshot(new StoryView
        {
            Id = "s1",
            Title = "Dam breach in Velmar",
            Version = 1,
            Articles = [new StoryArticle { Id = "s1-a1", Title = "first report", Source = "Velmar Post" }],
            Facts = [new FactView { Slot = "killed", Status = "single", Consensus = 3, Values = [new FactValueView { Value = 3, Qualifier = "exact", Text = "three people" }] }],
        });

        board.Updated(Update("s1", 2, articles: 2, conflicts: 1) with
        {
            Changes = Update("s1", 2, articles: 2, conflicts: 1).Changes with
            {
                Facts = [new FactView { Slot = "killed", Status = "conflict", Consensus = 5, Values = [new FactValueView { Value = 5, Qualifier = "exact", Text = "five dead" }] }],
            },
        });
        board.Updated(Update("s2", 7, articles: 7));

        var story = board.Story.ShouldNotBeNull();
        story.Version.ShouldBe(2);
        story.Articles.Select(article => article.Id).ShouldBe(["s1-a1", "s1-a2"]);
        story.Facts.ShouldHaveSingleItem().Status.ShouldBe("conflict");
        story.ConflictCount.ShouldBe(1);
        board.Stories.ShouldBeEmpty("a single-story view keeps no list");
        var text = Text(board);
        text.ShouldContain("five dead");
        text.ShouldContain("first report");
        text.ShouldContain("v2");
    }

    [Fact]
    public void a_title_with_markup_or_control_characters_is_shown_as_plain_text()
    {
        var board = new WatchBoard(null) { Connection = "[red]live[/]" };
        board.Created(Summary("s1", "[bold red]<img src=x onerror=alert(1)>[/]\u001b[2Jnext", 1, 0));

        var text = Text(board);

        text.ShouldContain("[bold red]<img src=x onerror=alert(1)>[/]");
        text.ShouldContain("[red]live[/]");
        text.ShouldNotContain("\u001b");
    }
}
