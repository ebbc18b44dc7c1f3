using Clustering.Grains;
using Clustering.Abstractions.Articles;
using Clustering.Core.Articles;
using Clustering.Grains.Articles;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Clustering.Cli.Replay;

/// <summary>Feeds articles one by one, in order, through the engine's article grains: the same input gives the same stories.</summary>
internal static class Replayer
{
    /// <summary>The consensus value of every slot of every story that articles ended in.</summary>
    public static async Task<List<(string StoryId, string Slot, double Value, string Status)>> Facts(InProcessEngine engine, IEnumerable<string> storyIds)
    {
        var facts = new List<(string, string, double, string)>();
        foreach (var storyId in storyIds.Where(id => id.Length > 0).Distinct().Order(StringComparer.Ordinal))
        {
            var view = await engine.Grains.Story(storyId).GetView();
            foreach (var fact in view?.Facts ?? [])
            {
                if (fact.Consensus is { } value)
                {
                    facts.Add((storyId, fact.Slot, value, fact.Status));
                }
            }
        }
        return facts;
    }

    public static async Task<Dictionary<string, string>> Run(InProcessEngine engine, IReadOnlyList<Article> articles, IAnsiConsole? progressConsole, CancellationToken cancellationToken)
    {
        if (progressConsole is null)
        {
            return await Replay(engine, articles, null, cancellationToken);
        }

        var result = new Dictionary<string, string>();
        await progressConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress => result = await Replay(engine, articles, progress.AddTask("replaying", maxValue: Math.Max(1, articles.Count)), cancellationToken));
        return result;
    }

    /// <summary>As <see cref="Run"/>, counting each assigned article on a progress task the caller shows (one bar over several replays).</summary>
    public static async Task<Dictionary<string, string>> Replay(InProcessEngine engine, IReadOnlyList<Article> articles, ProgressTask? task, CancellationToken cancellationToken)
    {
        var assignments = new Dictionary<string, string>(articles.Count, StringComparer.Ordinal);
        await Feed(task);
        // The last articles' absorbs and merge checks may follow their answers (Assignment/WorkAfterAnswers).
        await engine.Services.GetRequiredService<WorkAfterAnswers>().Settled();
        return await ResolveMerges(engine, assignments);

        // Stories merge as the replay goes on: report where each article ends up.
        static async Task<Dictionary<string, string>> ResolveMerges(InProcessEngine engine, Dictionary<string, string> assignments)
        {
            var current = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var storyId in assignments.Values.Distinct())
            {
                current[storyId] = storyId.Length == 0 ? storyId : await engine.Grains.Story(storyId).CurrentId();
            }
            return assignments.ToDictionary(pair => pair.Key, pair => current[pair.Value], StringComparer.Ordinal);
        }

        // Reading an article depends on it alone, so the articles ahead are read in parallel while
        // the current one is assigned: assignment stays strictly in order, and deterministic.
        async Task Feed(ProgressTask? task)
        {
            var ahead = new OrderedReadAhead<int>(engine.Grains, Math.Max(4, 4 * Environment.ProcessorCount));
            async Task SubmitOldest()
            {
                var (article, _) = await ahead.Next();
                var receipt = await engine.Grains.Article(article.Id).Submit(article);
                assignments[article.Id] = receipt.StoryId ?? string.Empty;
                task?.Increment(1);
            }

            for (var i = 0; i < articles.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ahead.Add(articles[i], i);
                if (ahead.IsFull)
                {
                    await SubmitOldest();
                }
            }
            while (!ahead.IsEmpty)
            {
                await SubmitOldest();
            }
        }
    }
}
