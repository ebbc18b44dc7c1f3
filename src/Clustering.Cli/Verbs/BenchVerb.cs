using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text.Json;
using Clustering.Cli.Bench;
using Clustering.Cli.Ingest;
using Clustering.Cli.Replay;
using Clustering.Client;
using Clustering.Core.Articles;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

/// <summary>
/// `bench`: the five figures of the speed goals, measured on this machine in one run: (1) in-process
/// replay throughput, (2) HTTP ingest end to end with N senders, (3) push latency ack → client,
/// (4) per-article cost with 1k, 10k and 100k live stories, (5) memory. Prints a table, writes JSON.
/// </summary>
internal static class BenchVerb
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly string[] AllPhases = ["replay", "http", "push", "scaling"];

    /// <summary>Sizes of a full run, and of `--quick` (a smoke run in seconds: its figures are not to be quoted).</summary>
    private sealed record Sizes(int ReplayArticles, int HttpArticles, int Rate, int Clients, int Seconds, int Warmup, int[] Stories, int Probes, int WarmArticles)
    {
        public static readonly Sizes Full = new(1_000, 2_000, 500, 200, 10, 2, [1_000, 10_000, 100_000], 600, 400);
        public static readonly Sizes Quick = new(100, 200, 20, 2, 2, 0, [50, 200, 500], 10, 20);
    }

    public static Command Create()
    {
        var inputs = new Option<string[]>("--in")
        {
            Description = "NDJSON/JSON/TXT files or folders of articles (default: ../shared/eval/*.ndjson beside the clone)",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--out") { Description = "where the JSON goes", DefaultValueFactory = _ => Path.Combine("artifacts", "bench.json") };
        var quick = new Option<bool>("--quick") { Description = "small sizes: checks every phase runs, in seconds; not figures to quote" };
        var url = new Option<string?>("--url") { Description = "an engine already running for the HTTP and push phases (default: one started in this process)" };
        url.Validators.Add(result =>
        {
            if (!Uri.TryCreate(result.GetValueOrDefault<string?>(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                result.AddError("--url must be an absolute http(s) URL");
            }
        });
        var senders = BenchLiveVerb.Positive("--senders", "concurrent HTTP senders", 4);
        var batch = BenchLiveVerb.Positive("--batch", "articles per NDJSON batch", 100);
        var replayArticles = Counted("--replay-articles", "articles to replay in-process (default: the input once, copied up to 1,000)");
        var httpArticles = Counted("--http-articles", "articles to post over HTTP (default: the input once, copied up to 2,000)");
        var rate = Counted("--rate", "push phase: articles per second (default 500)");
        var clients = Counted("--clients", "push phase: hub clients following \"*\" (default 200)");
        var seconds = Counted("--seconds", "push phase: seconds of posting (default 10)");
        var perChange = BenchLiveVerb.PerChange();
        var json = BenchLiveVerb.Json();
        var stories = new Option<string[]>("--stories")
        {
            Description = "scaling phase: live story counts (default 1000 10000 100000)",
            AllowMultipleArgumentsPerToken = true,
        };
        stories.Validators.Add(result =>
        {
            if (Levels(result.GetValueOrDefault<string[]>() ?? []) is null)
            {
                result.AddError("--stories takes whole numbers of at least 1, e.g. --stories 1000 10000 100000");
            }
        });
        var probes = Counted("--probes", "scaling phase: articles timed at each story count (default 600)");
        var warmUp = new Option<int?>("--warm-up")
        {
            Description = "replay and HTTP phases: articles run first and not counted, 0 for none (default 400)",
        };
        warmUp.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 0)
            {
                result.AddError("--warm-up must be 0 or more");
            }
        });
        var phases = new Option<string[]>("--phases")
        {
            Description = "run only these: replay, http, push, scaling (default all)",
            AllowMultipleArgumentsPerToken = true,
        };
        phases.Validators.Add(result =>
        {
            if ((result.GetValueOrDefault<string[]>() ?? []).FirstOrDefault(phase => !AllPhases.Contains(phase)) is { } unknown)
            {
                result.AddError($"--phases: '{unknown}' is not one of {string.Join(", ", AllPhases)}");
            }
        });

        var command = new Command("bench", "Measure replay and HTTP throughput, push latency, cost per article against live stories, and memory")
        {
            inputs, output, quick, url, senders, batch, replayArticles, httpArticles, rate, clients, seconds, perChange, json, stories, probes, phases, warmUp,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ResolveInputs(parse.GetValue(inputs));
            if (files.Error is { } error)
            {
                await Console.Error.WriteLineAsync("clustering: " + error);
                return ExitCodes.BadArguments;
            }
            var sizes = parse.GetValue(quick) ? Sizes.Quick : Sizes.Full;
            sizes = sizes with
            {
                ReplayArticles = parse.GetValue(replayArticles) ?? sizes.ReplayArticles,
                HttpArticles = parse.GetValue(httpArticles) ?? sizes.HttpArticles,
                Rate = parse.GetValue(rate) ?? sizes.Rate,
                Clients = parse.GetValue(clients) ?? sizes.Clients,
                Seconds = parse.GetValue(seconds) ?? sizes.Seconds,
                Stories = Levels(parse.GetValue(stories) ?? []) is { Length: > 0 } levels ? levels : sizes.Stories,
                Probes = parse.GetValue(probes) ?? sizes.Probes,
                WarmArticles = parse.GetValue(warmUp) ?? sizes.WarmArticles,
            };
            var run = parse.GetValue(phases) is { Length: > 0 } chosen ? chosen.ToHashSet(StringComparer.Ordinal) : [.. AllPhases];

            var input = await BenchInput.Read(files.Paths, cancellationToken);
            if (input.Articles.Count == 0)
            {
                await Console.Error.WriteLineAsync("clustering: no valid article in the input");
                return ExitCodes.BadArguments;
            }
            Console.WriteLine($"{input.Articles.Count} articles from {files.Paths.Count} files ({input.Rejected} lines rejected); {Environment.ProcessorCount} cores");

            var report = await Run(input, sizes, run, parse.GetValue(url), parse.GetValue(senders), parse.GetValue(batch), !parse.GetValue(perChange), !parse.GetValue(json), cancellationToken);
            Print(report);
            var path = parse.GetValue(output)!;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(report, Indented), cancellationToken);
            Console.WriteLine("wrote " + path);
            // Every acknowledged article must be in its story: anything else is the engine failing, not a slow figure.
            return report.Http is { } http && http.Verified < http.Accepted + http.Duplicates ? ExitCodes.Failure : ExitCodes.Success;
        });
        return command;
    }

    private static async Task<BenchReport> Run(
        BenchInput input, Sizes sizes, HashSet<string> run, string? url, int senders, int batch, bool feedBatches, bool messagePack, CancellationToken cancellationToken)
    {
        var machine = new BenchMachine(Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription,
#if DEBUG
            "Debug",
#else
            "Release",
#endif
            GCSettings.IsServerGC, DateTimeOffset.UtcNow.ToString("u", CultureInfo.InvariantCulture));
        var console = AnsiConsole.Console;

        ReplayFigure? replay = null;
        double readingAlone = 0;
        if (run.Contains("replay") || run.Contains("http"))
        {
            Heading("reference: the input read alone on every core");
            readingAlone = ReadingReference.ArticlesPerSecond(input.AtLeast(sizes.ReplayArticles));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{readingAlone:N0} articles/s read"));
        }
        if (run.Contains("replay"))
        {
            Heading("1/4 in-process replay");
            var articles = input.AtLeast(sizes.ReplayArticles);
            await WarmReplay(articles, sizes.WarmArticles, cancellationToken);
            var calls = new GrainCallCounter();
            await using var engine = await InProcessEngine.Start(services: services => services.AddSingleton<IIncomingGrainCallFilter>(calls));
            var gc = GcFigure.Start();
            var cpu = Environment.CpuUsage.TotalTime;
            var allocated = GC.GetTotalAllocatedBytes();
            var clock = Stopwatch.StartNew();
            var assignments = await Replayer.Run(engine, articles, console, cancellationToken);
            clock.Stop();
            cpu = Environment.CpuUsage.TotalTime - cpu;
            allocated = GC.GetTotalAllocatedBytes() - allocated;
            replay = new ReplayFigure(articles.Count, assignments.Values.Distinct().Count(), Math.Round(clock.Elapsed.TotalSeconds, 2),
                Math.Round(articles.Count / clock.Elapsed.TotalSeconds, 1), gc(clock.Elapsed.TotalSeconds))
            {
                ReadingAloneArticlesPerSecond = readingAlone,
                WarmUpArticles = Math.Min(sizes.WarmArticles, articles.Count),
                CallsPerArticle = Math.Round((double)calls.OnPath / articles.Count, 1),
                CpuMicrosPerArticle = Math.Round(cpu.TotalMicroseconds / articles.Count),
                AllocatedBytesPerArticle = allocated / articles.Count,
                CallsByMethod = calls.PerArticle(articles.Count),
            };
        }

        HttpFigure? http = null;
        LiveBenchResult? push = null;
        if (run.Contains("http") || run.Contains("push"))
        {
            await using var silo = url is null ? await InProcessSilo.Start(cancellationToken) : null;
            var address = silo?.Address ?? new Uri(url!.TrimEnd('/') + "/");
            using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
            var api = new ClusteringHttpClient(client);
            if (run.Contains("http"))
            {
                Heading($"2/4 HTTP ingest into {address}");
                // Fresh ids on every run: a server named by --url may have seen the input before.
                var prefix = "b" + Guid.NewGuid().ToString("N")[..6] + "-";
                var warmArticles = input.WarmUp(sizes.WarmArticles, "w" + prefix);
                if (warmArticles.Count > 0)
                {
                    await new HttpIngestBench(api, senders, batch).Run(warmArticles, console, cancellationToken, "warm-up, copies from long before (not counted)");
                }
                var gc = GcFigure.Start();
                http = await new HttpIngestBench(api, senders, batch).Run(input.AtLeast(sizes.HttpArticles, prefix), console, cancellationToken);
                // The collections of this process: the silo's when it runs here, only the senders' with --url.
                http = http with { Gc = gc(http.Seconds + http.VerifySeconds), ReadingAloneArticlesPerSecond = readingAlone, WarmUpArticles = warmArticles.Count };
                if (silo is null)
                {
                    // With --url this process only sends: its CPU and allocations are the senders', not the engine's.
                    http = http with { CpuMicrosPerArticle = 0, AllocatedBytesPerArticle = 0 };
                }
            }
            if (run.Contains("push"))
            {
                Heading($"3/4 push latency: {sizes.Rate} articles/s, {sizes.Clients} clients");
                var options = new LiveBenchOptions(address, sizes.Rate, sizes.Clients, sizes.Seconds, Batch: 1, sizes.Warmup, Topics: 40, feedBatches, messagePack);
                push = await new LiveBench(options, api, Console.Out).Run(cancellationToken);
            }
        }

        ScalingFigure? scaling = null;
        MemoryFigure? memory = null;
        if (run.Contains("scaling"))
        {
            Heading($"4/4 cost per article with {string.Join(", ", sizes.Stories)} live stories");
            (scaling, memory) = await new ScalingBench(input, sizes.Probes, console).Run(sizes.Stories, cancellationToken);
        }

        using var process = Process.GetCurrentProcess();
        memory = (memory ?? new MemoryFigure(0, 0, 0, 0, 0)) with { PeakWorkingSetBytes = process.PeakWorkingSet64 };
        return new BenchReport(machine, replay, http, push, scaling, memory);
    }

    /// <summary>
    /// The first articles replayed in an engine of their own, then thrown away: the figure is the
    /// replay's steady pace, not the first calls' compiling (the CLI compiles every method once,
    /// fully, as it is first called), as a silo that has run for a while would see it.
    /// </summary>
    private static async Task WarmReplay(IReadOnlyList<Article> articles, int count, CancellationToken cancellationToken)
    {
        if (count <= 0)
        {
            return;
        }
        AnsiConsole.MarkupLine("[grey]warm-up replay in an engine of its own (not counted)[/]");
        await using (var warm = await InProcessEngine.Start())
        {
            await Replayer.Replay(warm, [.. articles.Take(count)], null, cancellationToken);
        }
        GC.Collect();
    }

    private static void Print(BenchReport report)
    {
        var table = new Table().AddColumns("figure", "measured", "goal");
        if (report.Replay is { } replay)
        {
            table.AddRow("1 in-process replay", $"{replay.ArticlesPerSecond:N0} articles/s ({replay.Articles:N0} articles, {replay.Seconds:0.0} s; GC paused {replay.Gc.PauseShare:P0}, {replay.Gc.Gen2} gen2; {replay.CallsPerArticle:0.0} grain calls and {replay.CpuMicrosPerArticle:N0} µs CPU and {replay.AllocatedBytesPerArticle / 1024.0:N0} KB allocated an article; after {replay.WarmUpArticles:N0} warm-up articles in another engine){OfReading(replay.ShareOfReadingAlone, replay.ReadingAloneArticlesPerSecond)}", "≥ 10,000/s");
        }
        if (report.Http is { } http)
        {
            table.AddRow($"2 HTTP ingest, {http.Senders} senders × {http.Batch}",
                $"{http.ArticlesPerSecond:N0} articles/s ({http.Articles:N0} in {http.Seconds:0.0} s; {http.Verified:N0} verified in their {http.Stories:N0} stories; {(http.CpuMicrosPerArticle > 0 ? $"{http.CpuMicrosPerArticle:N0} µs CPU and {http.AllocatedBytesPerArticle / 1024.0:N0} KB allocated an article; " : "")}after {http.WarmUpArticles:N0} warm-up articles){OfReading(http.ShareOfReadingAlone, http.ReadingAloneArticlesPerSecond)}", "≥ 3,000/s");
        }
        if (report.Push is { } push)
        {
            table.AddRow($"3 push ack → receipt, {push.Options.Rate}/s × {push.Options.Clients} clients",
                $"p50 {push.AckToReceipt.P50:0} / p95 {push.AckToReceipt.P95:0} / p99 {push.AckToReceipt.P99:0} ms (achieved {push.AchievedRate:0}/s, {push.Missing:N0} receipts missing)",
                "p99 ≤ 250 ms");
        }
        if (report.Scaling is { } scaling)
        {
            var first = scaling.Points[0];
            var last = scaling.Points[^1];
            table.AddRow($"4 cost per article, {first.Stories:N0} → {last.Stories:N0} stories",
                $"ingest {first.IngestMicrosPerArticle:N0} → {last.IngestMicrosPerArticle:N0} µs (×{scaling.IngestRatio:0.00}); assign {first.AssignMicrosPerArticle:N0} → {last.AssignMicrosPerArticle:N0} µs (×{scaling.AssignRatio:0.00}{RoundSpread(scaling.AssignRoundRatios)}); grain calls {first.GrainCallsPerArticle:0.0} → {last.GrainCallsPerArticle:0.0}",
                "≤ ×1.3");
        }
        var memory = report.Memory;
        table.AddRow("5 memory", memory.LargestStories > 0
            ? $"peak working set {Mib(memory.PeakWorkingSetBytes)}; with {memory.LargestStories:N0} stories {Mib(memory.WorkingSetAtLargestBytes)} working set, {Mib(memory.ManagedAtLargestBytes)} managed ({memory.ManagedPerStoryBytes:N0} B/story)"
            : $"peak working set {Mib(memory.PeakWorkingSetBytes)}", "100k stories ≤ 1 GB managed");
        AnsiConsole.Write(table);

        if (report.Scaling is { } points)
        {
            var detail = new Table().AddColumns("live stories", "populate s", "ingest µs/article", "assign µs/article", "grain calls/article", "joined a story", "managed", "working set");
            foreach (var point in points.Points)
            {
                detail.AddRow(point.Stories.ToString("N0", CultureInfo.InvariantCulture), point.PopulateSeconds.ToString("0.0", CultureInfo.InvariantCulture),
                    point.IngestMicrosPerArticle.ToString("N0", CultureInfo.InvariantCulture), point.AssignMicrosPerArticle.ToString("N0", CultureInfo.InvariantCulture),
                    point.GrainCallsPerArticle.ToString("0.0", CultureInfo.InvariantCulture), point.JoinedShare.ToString("P0", CultureInfo.InvariantCulture),
                    Mib(point.ManagedBytes), Mib(point.WorkingSetBytes));
            }
            AnsiConsole.Write(detail);
        }
        if (report.Push is { } pushed)
        {
            BenchLiveVerb.Print(pushed);
        }
    }

    /// <summary>"; ×0.31 of reading alone (4,400/s)": the same run's reference (ReadingReference), when measured.</summary>
    private static string OfReading(double share, double readingAlone) =>
        readingAlone > 0 ? string.Create(CultureInfo.InvariantCulture, $"; ×{share:0.00} of reading alone ({readingAlone:N0}/s)") : string.Empty;

    /// <summary>"; rounds ×0.98–×1.21": how far the side-by-side rounds' own ratios spread around the median one.</summary>
    private static string RoundSpread(IReadOnlyList<double> ratios) =>
        ratios.Count == 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $"; rounds ×{ratios.Min():0.00}–×{ratios.Max():0.00}");

    private static string Mib(long bytes) => (bytes / 1048576.0).ToString("N0", CultureInfo.InvariantCulture) + " MiB";

    private static void Heading(string text) => AnsiConsole.Write(new Rule(text.EscapeMarkup()).LeftJustified());

    private static Option<int?> Counted(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1)
            {
                result.AddError($"{name} must be at least 1");
            }
        });
        return option;
    }

    /// <summary>"1000 10000" or "1000,10000": the story counts, ascending; null when one is not a positive whole number.</summary>
    private static int[]? Levels(string[] tokens)
    {
        var levels = new List<int>();
        foreach (var part in tokens.SelectMany(token => token.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var level) || level < 1)
            {
                return null;
            }
            levels.Add(level);
        }
        return [.. levels.Distinct().Order()];
    }

    /// <summary>The files to read: those given, or ../shared/eval/*.ndjson beside the clone this runs from.</summary>
    private static (List<string> Paths, string? Error) ResolveInputs(string[]? given)
    {
        if (given is { Length: > 0 })
        {
            var (files, problems) = ArticleSourceReader.Expand(given);
            return problems.Count > 0 ? (files, problems[0])
                : files.Count == 0 ? (files, "no .ndjson, .json or .txt file in " + string.Join(", ", given))
                : (files, null);
        }
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Clustering.sln")))
                {
                    var eval = Path.Combine(dir.FullName, "..", "shared", "eval");
                    var found = Directory.Exists(eval) ? Directory.GetFiles(eval, "*.ndjson").Order(StringComparer.Ordinal).ToList() : [];
                    return found.Count > 0 ? (found, null) : ([], $"no --in given and no {Path.GetFullPath(eval)}/*.ndjson beside the clone");
                }
            }
        }
        return ([], "no --in given and not inside a clone with ../shared/eval beside it");
    }
}
