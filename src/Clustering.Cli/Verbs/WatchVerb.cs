using System.CommandLine;
using Clustering.Cli.Watch;
using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

/// <summary>`watch [--story ID]`: the story list (or one story) live in the terminal until Ctrl-C.</summary>
internal static class WatchVerb
{
    public static Command Create(Option<string> server, Option<string?> apiKey)
    {
        var story = new Option<string?>("--story") { Description = "follow one story (its articles and facts) instead of the list" };
        var command = new Command("watch", "Follow the stories live: a table that changes as updates arrive; Ctrl-C to stop") { story };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var baseUrl = parse.GetValue(server)!;
            using var http = ServerConnection.CreateHttpClient(baseUrl, parse.GetValue(apiKey));
            var board = new WatchBoard(parse.GetValue(story));
            await using var session = new WatchSession(board, http.BaseAddress!, new ClusteringHttpClient(http), parse.GetValue(apiKey));
            try
            {
                await session.Connect(cancellationToken);
                var keeping = session.KeepConnected(cancellationToken);
                if (AnsiConsole.Profile.Capabilities.Interactive)
                {
                    await ShowLive(session, cancellationToken);
                }
                else
                {
                    await PrintLines(session, Console.Out, cancellationToken);
                }
                await keeping;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C: a normal end of watching.
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static async Task ShowLive(WatchSession session, CancellationToken cancellationToken)
    {
        await AnsiConsole.Live(session.Board.Render(DateTimeOffset.UtcNow))
            .AutoClear(false)
            .Overflow(VerticalOverflow.Ellipsis)
            .StartAsync(async live =>
            {
                while (!cancellationToken.IsCancellationRequested)
                {
                    // Redraw on a change, and every few seconds anyway so "updated … ago" moves on.
                    using var tick = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    tick.CancelAfter(TimeSpan.FromSeconds(5));
                    try
                    {
                        await session.Changed.ReadAsync(tick.Token);
                    }
                    catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
                    {
                        // Just the periodic redraw.
                    }
                    live.UpdateTarget(session.Board.Render(DateTimeOffset.UtcNow));
                    live.Refresh();
                }
            });
    }

    /// <summary>Without a terminal (output piped): one plain line per change of a story.</summary>
    internal static async Task PrintLines(WatchSession session, TextWriter output, CancellationToken cancellationToken)
    {
        var printed = new Dictionary<string, long>(StringComparer.Ordinal);
        var connection = "";
        while (await session.Changed.WaitToReadAsync(cancellationToken))
        {
            session.Changed.TryRead(out _);
            var board = session.Board;
            if (board.Connection != connection)
            {
                connection = board.Connection;
                await output.WriteLineAsync("connection: " + connection);
            }
            IEnumerable<(string Id, long Version, string Line)> lines = board.StoryId is null
                ? board.Stories.Select(story => (story.Id, story.Version,
                    $"{story.Id} v{story.Version} articles={story.ArticleCount} independent={story.IndependentSourceCount} conflicts={story.ConflictCount} {Web.OneLine.Of(story.Title)}"))
                : board.Story is { } view
                    ? [(view.Id, view.Version, $"{view.Id} v{view.Version} articles={view.Articles.Count} independent={view.IndependentSourceCount} conflicts={view.ConflictCount} facts={view.Facts.Count} {Web.OneLine.Of(view.Title)}")]
                    : [];
            foreach (var (id, version, line) in lines.Reverse())
            {
                if (printed.GetValueOrDefault(id) < version)
                {
                    printed[id] = version;
                    await output.WriteLineAsync(line);
                }
            }
            await output.FlushAsync(cancellationToken);
        }
    }
}
