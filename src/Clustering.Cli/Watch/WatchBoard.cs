using System.Globalization;
using Clustering.Abstractions.Stories;
using Clustering.Cli.Web;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Clustering.Cli.Watch;

/// <summary>
/// What `clustering watch` shows, kept apart from the terminal so it can be tested: the story list
/// (from the "*" feed) or one story (from its snapshot and deltas), and the connection's state.
/// Every piece of server text is escaped before Spectre sees it, so a title with [markup] is text.
/// </summary>
internal sealed class WatchBoard
{
    public const int MaxRows = 30;
    private readonly Dictionary<string, StorySummary> _stories = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private StoryView? _story;

    public WatchBoard(string? storyId) => StoryId = storyId;

    /// <summary>The followed story, or null for the list of every story.</summary>
    public string? StoryId { get; }

    public string Connection { get; set; } = "connecting…";

    public long Changes { get; private set; }

    public IReadOnlyList<StorySummary> Stories
    {
        get
        {
            lock (_lock)
            {
                return [.. _stories.Values
                    .OrderByDescending(story => story.Updated)
                    .ThenBy(story => story.Id, StringComparer.Ordinal)];
            }
        }
    }

    public StoryView? Story
    {
        get
        {
            lock (_lock)
            {
                return _story;
            }
        }
    }

    public void ReplaceList(IEnumerable<StorySummary> stories)
    {
        lock (_lock)
        {
            _stories.Clear();
            foreach (var story in stories)
            {
                _stories[story.Id] = story;
            }
            Changes++;
        }
    }

    /// <summary>Stories read from the paged list: added, or kept where the feed already brought a newer version.</summary>
    public void Listed(IEnumerable<StorySummary> stories)
    {
        foreach (var story in stories)
        {
            Created(story);
        }
    }

    public void Created(StorySummary summary)
    {
        lock (_lock)
        {
            if (!_stories.TryGetValue(summary.Id, out var held) || held.Version < summary.Version)
            {
                _stories[summary.Id] = summary;
                Changes++;
            }
        }
    }

    public void Snapshot(StoryView view)
    {
        lock (_lock)
        {
            if (StoryId == view.Id && (_story is null || _story.Version < view.Version))
            {
                _story = view;
                Changes++;
            }
        }
    }

    public void Updated(StoryUpdate update)
    {
        lock (_lock)
        {
            var changes = update.Changes;
            if (_stories.TryGetValue(update.StoryId, out var held) ? held.Version < update.Version : StoryId is null)
            {
                _stories[update.StoryId] = new StorySummary
                {
                    Id = update.StoryId,
                    Title = changes.Title ?? held?.Title ?? update.StoryId,
                    Version = update.Version,
                    ArticleCount = changes.ArticleCount,
                    IndependentSourceCount = changes.IndependentSourceCount,
                    ConflictCount = changes.ConflictCount,
                    Created = held?.Created ?? changes.Updated,
                    Updated = changes.Updated,
                };
                Changes++;
            }
            if (_story is { } story && story.Id == update.StoryId && story.Version < update.Version)
            {
                var articles = story.Articles.ToList();
                // A write-thru replaces its article in place, as an article sent again would.
                foreach (var added in changes.ArticlesAdded.Concat(changes.ArticlesRevised))
                {
                    var at = articles.FindIndex(article => article.Id == added.Id);
                    if (at >= 0)
                    {
                        articles[at] = added;
                    }
                    else
                    {
                        articles.Add(added);
                    }
                }
                var facts = story.Facts.ToList();
                foreach (var fact in changes.Facts)
                {
                    facts.RemoveAll(held => held.Slot == fact.Slot);
                    facts.Add(fact);
                }
                facts.RemoveAll(held => changes.FactsRemoved.Contains(held.Slot));
                _story = story with
                {
                    Title = changes.Title ?? story.Title,
                    Version = update.Version,
                    Updated = changes.Updated,
                    Articles = articles,
                    Facts = facts,
                    IndependentSourceCount = changes.IndependentSourceCount,
                    ConflictCount = changes.ConflictCount,
                };
                Changes++;
            }
        }
    }

    public void Merged(StoryMerged merged)
    {
        lock (_lock)
        {
            if (_stories.Remove(merged.From))
            {
                Changes++;
            }
        }
    }

    public IRenderable Render(DateTimeOffset now) => StoryId is null ? RenderList(now) : RenderStory(now);

    private Table RenderList(DateTimeOffset now)
    {
        var stories = Stories;
        var table = new Table()
            .Title(Markup.Escape($"Live stories · {stories.Count} · {Connection}"))
            .AddColumn("title")
            .AddColumn(new TableColumn("articles").RightAligned())
            .AddColumn(new TableColumn("independent").RightAligned())
            .AddColumn(new TableColumn("conflicts").RightAligned())
            .AddColumn(new TableColumn("version").RightAligned())
            .AddColumn("updated");
        foreach (var story in stories.Take(MaxRows))
        {
            table.AddRow(
                new Text(Shorten(story.Title, 70)),
                new Text(Number(story.ArticleCount)),
                new Text(Number(story.IndependentSourceCount)),
                story.ConflictCount > 0 ? new Text(Number(story.ConflictCount), new Style(Color.Red)) : new Text("0"),
                new Text(Number(story.Version)),
                new Text(Ago(story.Updated, now)));
        }
        if (stories.Count > MaxRows)
        {
            table.Caption(Markup.Escape($"and {stories.Count - MaxRows} more"));
        }
        else if (stories.Count == 0)
        {
            table.Caption("no stories yet");
        }
        return table;
    }

    private Rows RenderStory(DateTimeOffset now)
    {
        var story = Story;
        if (story is null)
        {
            return new Rows(new Text($"story {StoryId} · {Connection} · waiting for it"));
        }
        var head = new Text(
            $"{OneLine.Of(story.Title)}\n{story.Articles.Count} articles · {story.IndependentSourceCount} independent · {story.ConflictCount} conflicts · v{story.Version} · updated {Ago(story.Updated, now)} · {Connection}");
        var facts = new Table().Title("facts").AddColumn("slot").AddColumn("consensus").AddColumn("values").AddColumn("status");
        foreach (var fact in story.Facts)
        {
            facts.AddRow(
                new Text(OneLine.Of(fact.Slot)),
                new Text(fact.Consensus is { } value ? value.ToString("0.##", CultureInfo.InvariantCulture) : "—"),
                new Text(Shorten(string.Join("; ", fact.Values.Select(value => value.Text)), 80)),
                new Text(fact.Status, fact.Status == "conflict" ? new Style(Color.Red) : Style.Plain));
        }
        var articles = new Table().Title("articles").AddColumn("source").AddColumn("title").AddColumn("published").AddColumn("independent");
        foreach (var article in story.Articles.OrderByDescending(article => article.Published).TakeLast(MaxRows))
        {
            articles.AddRow(
                new Text(Shorten(article.Source ?? "—", 30)),
                new Text(Shorten(article.Title, 70)),
                new Text(article.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—"),
                new Text(article.Independent ? "yes" : "copy" + (article.CopyOf is { } of ? " of " + of : "")));
        }
        return new Rows(head, facts, articles);
    }

    public static string Ago(DateTimeOffset when, DateTimeOffset now)
    {
        var seconds = Math.Max(0, (now - when).TotalSeconds);
        return seconds switch
        {
            < 45 => "just now",
            < 3600 => $"{Math.Round(seconds / 60).ToString(CultureInfo.InvariantCulture)} min ago",
            < 86400 => $"{Math.Round(seconds / 3600).ToString(CultureInfo.InvariantCulture)} h ago",
            _ => $"{Math.Round(seconds / 86400).ToString(CultureInfo.InvariantCulture)} d ago",
        };
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Shorten(string text, int max)
    {
        var line = OneLine.Of(text);
        return line.Length <= max ? line : line[..(max - 1)] + "…";
    }
}
