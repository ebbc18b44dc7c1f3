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
/// (4) What one article costs with N live stories. For each N a fresh in-process silo gets N
/// synthetic stories (<see cref="SyntheticStories"/>: absorbed straight into their story grains,
/// which index them and tell the directory, as the first article of a story does), then a fixed
/// probe set of held-out articles is timed twice: the assignment alone (index shards + candidate
/// matches; nothing changes) and the whole ingest through the article grain (reading, features,
/// assignment, absorb, index, directory), each as the median of five rounds. Grain calls are counted
/// during the ingest of the probes.
/// </summary>
internal sealed class ScalingBench(BenchInput input, int probes, IAnsiConsole console)
{
    private const int Rounds = 5;
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
        await Measure(levels[0], stories, serializer, probeSet, warmSet, cancellationToken);

        var points = new List<ScalingPoint>();
        foreach (var level in levels)
        {
            cancellationToken.ThrowIfCancellationRequested();
            points.Add(await Measure(level, stories, serializer, probeSet, warmSet, cancellationToken));
            var point = points[^1];
            console.MarkupLineInterpolated($"[grey]{point.Stories} stories: ingest {point.IngestMicrosPerArticle:0} µs/article, assign {point.AssignMicrosPerArticle:0} µs/article (CPU {point.Assign.CpuMicros:0}; lookup {point.Assign.LookupMicros:0}, matches {point.Assign.MatchMicros:0}; {point.Assign.PostingsRead:0} postings read, {point.Assign.Candidates:0.0} candidates; GC {point.Assign.Gc.Gen0}/{point.Assign.Gc.Gen1}/{point.Assign.Gc.Gen2} paused {point.Assign.Gc.PauseSeconds:0.00} s; calls {string.Join(" ", point.Assign.CallsByMethod.Select(pair => $"{pair.Key} {pair.Value:0.##}"))}), {point.GrainCallsPerArticle:0.0} grain calls/article, managed heap {point.ManagedBytes / 1048576.0:0} MiB[/]");
        }

        var first = points[0];
        var last = points[^1];
        var figure = new ScalingFigure(points,
            Ratio(last.IngestMicrosPerArticle, first.IngestMicrosPerArticle),
            Ratio(last.AssignMicrosPerArticle, first.AssignMicrosPerArticle),
            Ratio(last.GrainCallsPerArticle, first.GrainCallsPerArticle));
        var memory = new MemoryFigure(0, last.Stories, last.WorkingSetBytes, last.ManagedBytes, last.ManagedBytes / Math.Max(1, last.Stories));
        return (figure, memory);
    }

    private async Task<ScalingPoint> Measure(
        int level, SyntheticStories stories, Serializer serializer, IReadOnlyList<Article> probeSet, IReadOnlyList<Article> warmSet, CancellationToken cancellationToken)
    {
        var baseline = SettledManagedBytes();
        var counter = new GrainCallCounter();
        await using var engine = await InProcessEngine.Start(services: services => services.AddSingleton<IIncomingGrainCallFilter>(counter));
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
                    await engine.Grains.GetGrain<IStoryGrain>(story.StoryId).Absorb(story.Article, story.Features, story.Reading);
                    task.Increment(1);
                });
        });
        populate.Stop();
        var populated = populateGc(populate.Elapsed.TotalSeconds);
        var managed = SettledManagedBytes() - baseline;
        var workingSet = CurrentWorkingSet();

        // Warm the code paths (JIT, first activations of the shards) on other articles first.
        foreach (var article in warmSet.Select((article, n) => Probe(article, "warm", n)))
        {
            await engine.Grains.GetGrain<IArticleGrain>(article.Id).Submit(article);
        }

        // The warm-up's changes are written behind on timers (WrittenBehind.Period); a shard or the
        // directory writes its whole state, so a flush costs more the more stories there are. That
        // is ingest's cost, not assignment's: the timers run out before the assignment is timed, and
        // the calls counted during it show nothing else ran.
        await Task.Delay(Clustering.Grains.WrittenBehind<object>.Period + TimeSpan.FromSeconds(1), cancellationToken);
        var probesNow = probeSet.Select((article, n) => Probe(article, "probe", n)).ToArray();
        counter.Reset();
        var assign = await TimeAssignment(engine, probesNow);
        assign = assign with { CallsByMethod = counter.PerArticle(probesNow.Length) };

        // The probes go in rounds of different articles (the same rounds at every story count); the
        // median round is the figure, so a burst of other work on this shared machine moves it less.
        counter.Reset();
        var rounds = new List<double>();
        var joined = 0;
        var gc = GcFigure.Start();
        var ingest = Stopwatch.StartNew();
        foreach (var round in probesNow.Chunk(Math.Max(1, (probesNow.Length + Rounds - 1) / Rounds)))
        {
            var clock = Stopwatch.StartNew();
            foreach (var article in round)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var receipt = await engine.Grains.GetGrain<IArticleGrain>(article.Id).Submit(article);
                joined += receipt.StoryId == ArticleIds.StoryIdFor(article.Id) ? 0 : 1;
            }
            rounds.Add(clock.Elapsed.TotalMicroseconds / round.Length);
        }
        ingest.Stop();
        var calls = (double)counter.OnPath / probesNow.Length;
        var allCalls = (double)counter.Total / probesNow.Length;

        return new ScalingPoint(level, Math.Round(populate.Elapsed.TotalSeconds, 2), probesNow.Length,
            Math.Round(Median(rounds), 1), Math.Round(ingest.Elapsed.TotalMicroseconds / probesNow.Length, 1), assign.Micros, Math.Round(calls, 2), Math.Round(allCalls, 2),
            Math.Round((double)joined / probesNow.Length, 3),
            counter.PerArticle(probesNow.Length), managed, workingSet, gc(ingest.Elapsed.TotalSeconds), populated, assign);
    }

    /// <summary>
    /// µs per article of <see cref="StoryAssigner.ChooseStory"/> alone (reading and features made
    /// beforehand, untimed), the median of <see cref="Rounds"/> passes over the probes: it changes nothing.
    /// Then its two parts apart, each the median of its own passes: the index lookup (shard queries
    /// and ranking) and the candidates' matches; with the postings the shards read and the garbage
    /// collections during the assignment passes, to tell the index's share from the heap's.
    /// </summary>
    private static async Task<AssignFigure> TimeAssignment(InProcessEngine engine, Article[] articles)
    {
        var assigner = engine.Services.GetRequiredService<StoryAssigner>();
        var extractor = engine.Services.GetRequiredService<FeatureExtractor>();
        var options = engine.Services.GetRequiredService<IOptions<AssignmentOptions>>().Value;
        var features = articles.Select(article => extractor.Extract(article, ArticleReading.Read(article, ReadingParts.All & ~ReadingParts.Terms), learn: false)).ToArray();
        using var postings = new PostingsReadCounter();
        var gc = GcFigure.Start();
        var window = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var rounds = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < articles.Length; i++)
            {
                await assigner.ChooseStory(articles[i], features[i]);
            }
            rounds.Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
        }
        var assignGc = gc(window.Elapsed.TotalSeconds);
        var cpuMicros = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / Math.Max(1, Rounds * articles.Length);
        var postingsRead = (double)postings.Read / Math.Max(1, Rounds * articles.Length);

        var candidates = new string[articles.Length][];
        var lookups = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < articles.Length; i++)
            {
                candidates[i] = await IndexLookup.Candidates(engine.Grains, features[i], options, options.Candidates);
            }
            lookups.Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
        }
        var matches = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < articles.Length; i++)
            {
                if (candidates[i].Length > 0)
                {
                    var feature = features[i];
                    await Task.WhenAll(candidates[i].Select(storyId => engine.Grains.GetGrain<IStoryGrain>(storyId).Match(feature)));
                }
            }
            matches.Add(clock.Elapsed.TotalMicroseconds / Math.Max(1, articles.Length));
        }
        return new AssignFigure(Math.Round(Median(rounds), 1), Math.Round(cpuMicros, 1), Math.Round(Median(lookups), 1), Math.Round(Median(matches), 1),
            Math.Round(candidates.Average(found => found.Length), 2), Math.Round(postingsRead, 1), assignGc, []);
    }

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
