using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Clustering.Cli.Bench;
using Clustering.Client;
using Spectre.Console;

namespace Clustering.Cli.Verbs;

/// <summary>
/// `bench-live`: ingest-ack → client-receipt latency with many hub clients following "*". Starts a
/// silo in this process unless --server is given; prints p50/p95/p99/max and writes JSON.
/// </summary>
internal static class BenchLiveVerb
{
    private static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create(Option<string> server)
    {
        var rate = Positive("--rate", "articles per second to post", 500);
        var clients = Positive("--clients", "hub clients following \"*\"", 200);
        var seconds = Positive("--seconds", "how long to post", 20);
        var batch = Positive("--batch", "1: single POSTs, each with its own ack; N > 1: NDJSON batches of N (acked at the end of the batch)", 1);
        var warmup = new Option<int>("--warmup") { Description = "first seconds left out of the figures", DefaultValueFactory = _ => 3 };
        var topics = Positive("--topics", "distinct invented events the articles report on", 40);
        var perChange = PerChange();
        var json = Json();
        var output = new Option<string>("--out") { Description = "where the JSON goes", DefaultValueFactory = _ => Path.Combine("artifacts", "bench-live.json") };
        var command = new Command("bench-live", "Live-delivery latency: ack of an article → receipt by every hub client, at a fixed rate")
        {
            rate, clients, seconds, batch, warmup, topics, perChange, json, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var explicitServer = parse.GetResult(server) is { Implicit: false };
            InProcessSilo? silo = null;
            try
            {
                Uri address;
                if (explicitServer)
                {
                    address = new Uri(parse.GetValue(server)!.TrimEnd('/') + "/");
                }
                else
                {
                    silo = await InProcessSilo.Start(cancellationToken);
                    address = silo.Address;
                    Console.WriteLine($"silo started in this process at {address}");
                }

                var options = new LiveBenchOptions(address, parse.GetValue(rate), parse.GetValue(clients), parse.GetValue(seconds),
                    parse.GetValue(batch), Math.Max(0, parse.GetValue(warmup)), parse.GetValue(topics), FeedBatches: !parse.GetValue(perChange), MessagePack: !parse.GetValue(json));
                using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
                var result = await new LiveBench(options, new ClusteringHttpClient(http), Console.Out).Run(cancellationToken);
                Print(result);
                var path = parse.GetValue(output)!;
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result, Indented), cancellationToken);
                Console.WriteLine("wrote " + path);
                return result.Missing == 0 ? ExitCodes.Success : ExitCodes.Failure;
            }
            finally
            {
                if (silo is not null)
                {
                    await silo.DisposeAsync();
                }
            }
        });
        return command;
    }

    internal static void Print(LiveBenchResult result)
    {
        var table = new Table().AddColumns("latency (ms)", "n", "p50", "p95", "p99", "max", "mean");
        foreach (var (name, summary) in new[] { ("ack → receipt", result.AckToReceipt), ("send → receipt", result.SendToReceipt), ("send → ack", result.SendToAck) })
        {
            table.AddRow(name, summary.Count.ToString(CultureInfo.InvariantCulture), Ms(summary.P50), Ms(summary.P95), Ms(summary.P99), Ms(summary.Max), Ms(summary.Mean));
        }
        AnsiConsole.Write(table);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"posted {result.ArticlesPosted} articles at {result.AchievedRate:0} /s into {result.Stories} stories; measured {result.ArticlesMeasured} × {result.Options.Clients} clients = {result.ExpectedReceipts} receipts: {result.Receipts} arrived, {result.Missing} missing, {result.BeforeAck} before their ack (counted as 0 ms)"));
    }

    private static string Ms(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    internal static Option<bool> PerChange() => new("--per-change")
    {
        Description = "clients follow \"*\" with one message per change (default: in storyFeed batches, as the board does)",
    };

    internal static Option<bool> Json() => new("--json")
    {
        Description = "clients speak JSON to the hub, as browsers do (default: MessagePack, as .NET clients may)",
    };

    internal static Option<int> Positive(string name, string description, int value)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => value };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError($"{name} must be at least 1");
            }
        });
        return option;
    }
}
