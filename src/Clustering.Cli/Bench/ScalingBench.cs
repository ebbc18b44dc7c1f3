using Clustering.Grains;
using System.Diagnostics;
using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Serialization;
using Clustering.Abstractions.Stories;
using Clustering.Cli.Replay;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Spectre.Console;

namespace Clustering.Cli.Bench;

/// <summary>
/// (4) What one article costs with N live stories. For each N an in-process silo gets N synthetic
/// stories (<see cref="SyntheticStories"/>: absorbed straight into their story grains, which index
/// them and tell the directory, as the first article of a story does); all the silos stay up side by
/// side. Then a fixed probe set of held-out articles is timed: first the assignment alone (index
/// shards + candidate matches; nothing changes) in passes that go round the silos in turn, so that
/// whatever else the machine does at a moment weighs on every story count alike; then the whole
/// ingest through the article grain (reading, features, assignment, absorb, index, directory), one
/// silo after the other, each the median of five rounds. Grain calls are counted during the ingest.
/// </summary>
/// <remarks>
/// Timed one silo after another, as before, the ratio of one run moved between × 1.07 and × 2.75 for
/// the same code and the same work counted: the 1k and the 100k passes ran minutes apart, under
/// whatever load the shared machine had then. Side by side, each round gives its own ratio, measured
/// within a second; the spread of those ratios says how far one figure can be trusted.
/// </remarks>
internal sealed class ScalingBench(BenchInput input, int probes, IAnsiConsole console)
{
    private const int Rounds = 5;

    /// <summary>Assignment passes per silo: cheap (a pass is 600 articles of ~0.1 ms), so many, for steady medians.</summary>
    private const int AssignRounds = 15;

    private const int PopulateParallelism = 8;

    public async Task<(ScalingFigure Figure, MemoryFigure Memory)> Run(IReadOnlyList<int> levels, CancellationToken cancellationToken)
    {
        var (probeSet, warmSet, baseSet) = Split(input.Articles, probes);
        var serializer = new ServiceCollection().AddClusteringSerialization().BuildServiceProvider().GetRequiredService<Serializer>();
        SyntheticStories stories = null!;
        await Progress(async progress =>
        {
            var task = progress.AddTask($"reading {baseSet.Count} base articles", maxValue: Math.Max(1, baseSet.Count));
            stories = SyntheticStories.Prepare(baseSet, serializer, () => task.Increment(1));
            await Task.CompletedTask;
        });

        // One pass at the smallest size first, thrown away: the first silo of the process otherwise
        // runs partly on unoptimised code (tiered JIT) and the smallest size would look the slowest.
        console.MarkupLine("[grey]warm-up pass (not counted)[/]");
        await using (var warmUp = await Populate(levels[0], stories, serializer, warmSet, cancellationToken))
        {
            await SettleWrites(cancellationToken);
            var (warmAssigned, _) = await TimeAssignments([warmUp], Probes(probeSet), cancellationToken);
            await Ingest([warmUp], warmAssigned, Probes(probeSet), cancellationToken, settle: false);
        }

        var live = new List<LiveLevel>();
        try
        {
            foreach (var level in levels)
            {
                live.Add(await Populate(level, stories, serializer, warmSet, cancellationToken));
            }
            await SettleWrites(cancellationToken);
            var probesNow = Probes(probeSet);
            var (assigned, roundRatios) = await TimeAssignments(live, probesNow, cancellationToken);

            var points = await Ingest(live, assigned, probesNow, cancellationToken);
            foreach (var point in points)
            {
                console.MarkupLineInterpolated($"[grey]{point.Stories} stories: ingest {point.IngestMicrosPerArticle:0} µs/article, assign {point.AssignMicrosPerArticle:0} µs/article (CPU {point.Assign.CpuMicros:0}; lookup {point.Assign.LookupMicros:0}, matches {point.Assign.MatchMicros:0}; {point.Assign.PostingsRead:0} postings read, {point.Assign.Candidates:0.0} candidates; GC {point.Assign.Gc.Gen0}/{point.Assign.Gc.Gen1}/{point.Assign.Gc.Gen2} paused {point.Assign.Gc.PauseSeconds:0.00} s; calls {string.Join(" ", point.Assign.CallsByMethod.Select(pair => $"{pair.Key} {pair.Value:0.##}"))}), {point.GrainCallsPerArticle:0.0} grain calls/article, managed heap {point.ManagedBytes / 1048576.0:0} MiB[/]");
            }
            console.MarkupLineInterpolated($"[grey]assign ratio {points[^1].Stories} / {points[0].Stories} stories, round by round: {string.Join(" ", roundRatios.Select(ratio => $"×{ratio:0.00}"))}[/]");

            var first = points[0];
            var last = points[^1];
            var figure = new ScalingFigure(points,
                Ratio(last.IngestMicrosPerArticle, first.IngestMicrosPerArticle),
                Ratio(last.AssignMicrosPerArticle, first.AssignMicrosPerArticle),
                Ratio(last.GrainCallsPerArticle, first.GrainCallsPerArticle))
            {
                AssignRoundRatios = roundRatios,
            };
            var memory = new MemoryFigure(0, last.Stories, last.WorkingSetBytes, last.ManagedBytes, last.ManagedBytes / Math.Max(1, last.Stories));
            return (figure, memory);
        }
        finally
        {
            foreach (var level in live)
            {
                await level.DisposeAsync();
            }
        }
    }

    /// <summary>A silo holding N live stories, warmed, kept up while the others are measured.</summary>
    private sealed record LiveLevel(int Stories, InProcessEngine Engine, GrainCallCounter Counter, double PopulateSeconds, GcFigure PopulateGc, long ManagedBytes, long WorkingSetBytes)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Engine.DisposeAsync();
    }

    private async Task<LiveLevel> Populate(int level, SyntheticStories stories, Serializer serializer, IReadOnlyList<Article> warmSet, CancellationToken cancellationToken)
    {
        // Measured as what this silo adds to the process: the silos started before it are in the baseline.
        var baseline = SettledManagedBytes();
        var counter = new GrainCallCounter();
        var engine = await InProcessEngine.Start(services: services => services.AddSingleton<IIncomingGrainCallFilter>(counter));
        var statistics = engine.Services.GetRequiredService<TermStatistics>();

        var populateGc = GcFigure.Start();
        var populate = Stopwatch.StartNew();
        await Progress(async progress =>
        {
            var task = progress.AddTask($"{level} live stories", maxValue: level);
            await Parallel.ForEachAsync(Enumerable.Range(0, level),
                new ParallelOptions { MaxDegreeOfParallelism = PopulateParallelism, CancellationToken = cancellationToken },
                async (k, _) =>
                {
                    var story = stories.Story(k, serializer);
                    // The silo's IDF has seen the stories' articles, as it would have after ingesting them.
                    statistics.Observe(story.Features.Terms.Terms);
                    await engine.Grains.Story(story.StoryId).Absorb(Clustering.Grains.Articles.StoryPayload.Of(story.Article), story.Features, story.Reading);
                    task.Increment(1);
                });
        });
        populate.Stop();
        var populated = populateGc(populate.Elapsed.TotalSeconds);
        // The stories' first writes land in storage first, so every count is measured with its stored copies.
        await SettleWrites(cancellationToken);
        var managed = SettledManagedBytes() - baseline;
        var workingSet = CurrentWorkingSet();

        // Warm the code paths (JIT, first activations of the shards) on other articles first.
        foreach (var article in warmSet.Select((article, n) => Probe(article, "warm", n)))
        {
            await engine.Grains.Article(article.Id).Submit(article);
        }
        return new LiveLevel(level, engine, counter, Math.Round(populate.Elapsed.TotalSeconds, 2), populated, managed, workingSet);
    }

    /// <summary>
    /// Changes are written behind on timers (WrittenBehind.Period); a shard or the directory writes
    /// its whole state, so a flush costs more the more stories there are. That is ingest's cost, not
    /// assignment's: the timers run out before anything is timed, and the calls counted show nothing else ran.
    /// </summary>
    private static Task SettleWrites(CancellationToken cancellationToken) =>
        Task.Delay(Clustering.Grains.WrittenBehind<object>.Period + TimeSpan.FromSeconds(1), cancellationToken);

    private static Article[] Probes(IReadOnlyList<Article> probeSet) => [.. probeSet.Select((article, n) => Probe(article, "probe", n))];

    /// <summary>
    /// The whole ingest of the probes, in rounds of different articles (the same rounds at every story
    /// count); each round goes round the silos in turn, like the assignment passes, and the median round
    /// is each silo's figure. The writes a round leaves behind run out before the next round, so a
    /// silo's flushes (which cost more the more stories it holds) never fall into another's window.
    /// </summary>
    private static async Task<ScalingPoint[]> Ingest(
        IReadOnlyList<LiveLevel> levels, AssignFigure[] assigned, Article[] probesNow, CancellationToken cancellationToken, bool settle = true)
    {
        var rounds = levels.Select(_ => new List<double>()).ToArray();
        var joined = new int[levels.Count];
        var elapsed = new TimeSpan[levels.Count];
        var gcTotals = levels.Select(_ => new GcFigure(0, 0, 0, 0, 0)).ToArray();
        foreach (var level in levels)
        {
            level.Counter.Reset();
        }
        var chunks = probesNow.Chunk(Math.Max(1, (probesNow.Length + Rounds - 1) / Rounds)).ToArray();
        for (var round = 0; round < chunks.Length; round++)
        {
            foreach (var k in InTurn(round, levels.Count))
            {
                var grains = levels[k].Engine.Grains;
                var gc = GcFigure.Start();
                var clock = Stopwatch.StartNew();
                foreach (var article in chunks[round])
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var receipt = await grains.Article(article.Id).Submit(article);
                    joined[k] += receipt.StoryId == ArticleIds.StoryIdFor(article.Id) ? 0 : 1;
                }
                clock.Stop();
                elapsed[k] += clock.Elapsed;
                gcTotals[k] = Add(gcTotals[k], gc(clock.Elapsed.TotalSeconds));
                rounds[k].Add(clock.Elapsed.TotalMicroseconds / chunks[round].Length);
            }
            if (settle)
            {
                await SettleWrites(cancellationToken);
            }
        }
        return [.. levels.Select((level, k) => new ScalingPoint(level.Stories, level.PopulateSeconds, probesNow.Length,
            Math.Round(Median(rounds[k]), 1), Math.Round(elapsed[k].TotalMicroseconds / probesNow.Length, 1), assigned[k].Micros,
            Math.Round((double)level.Counter.OnPath / probesNow.Length, 2), Math.Round((double)level.Counter.Total / probesNow.Length, 2),
            Math.Round((double)joined[k] / probesNow.Length, 3),
            level.Counter.PerArticle(probesNow.Length), level.ManagedBytes, level.WorkingSetBytes,
            gcTotals[k] with { PauseShare = elapsed[k].TotalSeconds > 0 ? Math.Round(gcTotals[k].PauseSeconds / elapsed[k].TotalSeconds, 3) : 0 },
            level.PopulateGc,
            assigned[k]))];
    }

    /// <summary>
    /// µs per article of <see cref="StoryAssigner.ChooseStory"/> alone (reading and features made
    /// beforehand, untimed, by each silo's own IDF), the median of <see cref="AssignRounds"/> passes
    /// over the probes at each story count; it changes nothing. The passes go round the silos in turn
    /// (1k, 10k, 100k, 1k, …), and each round's ratio of the largest to the smallest is kept. Then its
    /// two parts apart, each the median of its own passes, round the silos alike: the index lookup
    /// (shard queries and ranking) and the candidates' matches; with the postings the shards read, the
    /// process CPU, the garbage collections and the grain calls during each silo's whole-assignment passes.
    /// </summary>
    private static async Task<(AssignFigure[] Figures, double[] RoundRatios)> TimeAssignments(IReadOnlyList<LiveLevel> levels, Article[] articles, CancellationToken cancellationToken)
    {
        var features = levels.Select(level =>
        {
            var extractor = level.Engine.Services.GetRequiredService<FeatureExtractor>();
            return articles.Select(article => extractor.Extract(article, ArticleReading.Read(article, ReadingParts.OfTheArticleAlone), learn: false)).ToArray();
        }).ToArray();
        var passes = levels.Select(_ => new List<double>()).ToArray();
        var cpu = new TimeSpan[levels.Count];
        var postingsRead = new long[levels.Count];
        var gc = new GcFigure[levels.Count];
        var gcTotals = levels.Select(_ => new GcFigure(0, 0, 0, 0, 0)).ToArray();
        var windows = new double[levels.Count];
        foreach (var level in levels)
        {
            level.Counter.Reset();
        }
        using var postings = new PostingsReadCounter();
        for (var round = 0; round < AssignRounds; round++)
        {
            foreach (var k in InTurn(round, levels.Count))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var assigner = levels[k].Engine.Services.GetRequiredService<StoryAssigner>();
                var readBefore = postings.Read;
                var gcPass = GcFigure.Start();
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < articles.Length; i++)
                {
                    await assigner.ChooseStory(articles[i], features[k][i]);
                }
                clock.Stop();
                cpu[k] += Environment.CpuUsage.TotalTime - cpuBefore;
                passes[k].Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
                postingsRead[k] += postings.Read - readBefore;
                windows[k] += clock.Elapsed.TotalSeconds;
                gcTotals[k] = Add(gcTotals[k], gcPass(clock.Elapsed.TotalSeconds));
            }
        }
        var calls = levels.Select(level => level.Counter.PerArticle(AssignRounds * articles.Length)).ToArray();
        for (var k = 0; k < levels.Count; k++)
        {
            gc[k] = gcTotals[k] with { PauseShare = windows[k] > 0 ? Math.Round(gcTotals[k].PauseSeconds / windows[k], 3) : 0 };
        }
        var roundRatios = Enumerable.Range(0, AssignRounds).Select(round => Ratio(passes[^1][round], passes[0][round])).ToArray();

        var candidates = levels.Select(_ => new string[articles.Length][]).ToArray();
        var lookups = levels.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < AssignRounds; round++)
        {
            foreach (var k in InTurn(round, levels.Count))
            {
                var options = levels[k].Engine.Services.GetRequiredService<IOptions<AssignmentOptions>>().Value;
                var pending = levels[k].Engine.Services.GetRequiredService<Clustering.Grains.Index.PendingIndexWrites>();
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < articles.Length; i++)
                {
                    candidates[k][i] = await IndexLookup.Candidates(levels[k].Engine.Grains, pending, features[k][i], options, options.Candidates);
                }
                lookups[k].Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
            }
        }
        var matches = levels.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round < AssignRounds; round++)
        {
            foreach (var k in InTurn(round, levels.Count))
            {
                var grains = levels[k].Engine.Grains;
                var clock = Stopwatch.StartNew();
                for (var i = 0; i < articles.Length; i++)
                {
                    if (candidates[k][i].Length > 0)
                    {
                        var feature = features[k][i];
                        await Task.WhenAll(candidates[k][i].Select(storyId => grains.Story(storyId).Match(feature)));
                    }
                }
                matches[k].Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
            }
        }
        var figures = Enumerable.Range(0, levels.Count).Select(k => new AssignFigure(
            Math.Round(Median(passes[k]), 1),
            Math.Round(cpu[k].TotalMicroseconds / Math.Max(1, AssignRounds * articles.Length), 1),
            Math.Round(Median(lookups[k]), 1),
            Math.Round(Median(matches[k]), 1),
            Math.Round(candidates[k].Average(found => found.Length), 2),
            Math.Round((double)postingsRead[k] / Math.Max(1, AssignRounds * articles.Length), 1),
            gc[k],
            calls[k])).ToArray();
        return (figures, roundRatios);
    }

    /// <summary>
    /// The silos in the order a round visits them: each round starts one further on, so no story
    /// count always goes first (after the pause between ingest rounds, the first silo of a round ran slower).
    /// </summary>
    private static IEnumerable<int> InTurn(int round, int count) => Enumerable.Range(0, count).Select(k => (round + k) % count);

    private static GcFigure Add(GcFigure a, GcFigure b) =>
        new(a.Gen0 + b.Gen0, a.Gen1 + b.Gen1, a.Gen2 + b.Gen2, Math.Round(a.PauseSeconds + b.PauseSeconds, 3), 0);

    private static double Median(List<double> values)
    {
        values.Sort();
        return values.Count == 0 ? 0 : values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }

    /// <summary>A probe: a held-out article with a new id, speaking from just after the stories (all live for it).</summary>
    private static Article Probe(Article article, string kind, int n)
    {
        var time = SyntheticStories.Now + TimeSpan.FromMinutes(n);
        return article with { Id = $"{kind}{n}~{article.Id}", Published = time, Received = time };
    }

    /// <summary>Every k-th article probes, the one after each probe warms up, the rest are the stories' bases.</summary>
    private static (List<Article> Probes, List<Article> Warm, List<Article> Bases) Split(IReadOnlyList<Article> articles, int probes)
    {
        var stride = Math.Max(3, articles.Count / Math.Max(1, probes));
        var probeSet = new List<Article>();
        var warmSet = new List<Article>();
        var bases = new List<Article>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (i % stride == 0 && probeSet.Count < probes)
            {
                probeSet.Add(articles[i]);
            }
            else if (i % stride == 1 && warmSet.Count < probes)
            {
                warmSet.Add(articles[i]);
            }
            else
            {
                bases.Add(articles[i]);
            }
        }
        return (probeSet, warmSet, bases.Count > 0 ? bases : [.. articles]);
    }

    private Task Progress(Func<ProgressContext, Task> work) => console.Progress()
        .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
        .StartAsync(work);

    private static double Ratio(double over, double under) => under > 0 ? Math.Round(over / under, 3) : 0;

    private static long SettledManagedBytes()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static long CurrentWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
