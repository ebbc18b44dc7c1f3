using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;
using Clustering.Abstractions.Articles;
using Clustering.Abstractions.Index;
using Clustering.Abstractions.Stories;
using Clustering.Core.Articles;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Clustering.Grains.Assignment;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Clustering.Grains.Benchmarks;

/// <summary>
/// The grain calls one article makes, each alone, in a silo inside this process with memory storage
/// (as `clustering cluster` runs): the index has the stories of the first 4,000 eval articles; the
/// probes are the next 200, read beforehand. A call inside one silo is not serialised, so these are
/// the engine's own costs plus Orleans' scheduling, not the network's.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class HotPathBenchmarks
{
    private const int Populated = 4000;
    private const int Probes = 200;
    private IHost _host = null!;
    private IGrainFactory _grains = null!;
    private StoryAssigner _assigner = null!;
    private (Article Article, ArticleFeatures Features, ArticleReadout Reading)[] _probes = [];
    private (int Shard, string[] Terms, float[] Weights)[] _queries = [];
    private string[] _stories = [];
    private int _next;
    private int _submitted;

    [GlobalSetup]
    public async Task Start()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Orleans", LogLevel.Error);
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort());
            silo.AddClusteringMemoryStorage();
        });
        builder.Services.AddClusteringGrainServices();
        _host = builder.Build();
        await _host.StartAsync();
        _grains = _host.Services.GetRequiredService<IGrainFactory>();
        _assigner = _host.Services.GetRequiredService<StoryAssigner>();
        var extractor = _host.Services.GetRequiredService<FeatureExtractor>();
        var options = _host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AssignmentOptions>>().Value;

        var articles = BenchArticles.Load();
        var stories = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in articles.Take(Populated))
        {
            var receipt = await _grains.GetGrain<IArticleGrain>(article.Id).Submit(article);
            stories.Add(receipt.StoryId!);
        }
        _stories = [.. stories.Order(StringComparer.Ordinal)];
        _probes = articles.Skip(Populated).Take(Probes).Select(article =>
        {
            var reading = ArticleReading.Read(article, ReadingParts.All & ~ReadingParts.Terms);
            return (article, extractor.Extract(article, reading, learn: false), reading);
        }).ToArray();
        // One shard's part of each probe's index query: the unit IndexLookup sends.
        _queries = _probes.Select(probe =>
        {
            var shard = probe.Features.Terms.Strongest(options.QueryTerms).GroupBy(term => IndexSharding.ShardOf(term.Term)).First();
            return (shard.Key, shard.Select(term => term.Term).ToArray(), shard.Select(term => term.Weight).ToArray());
        }).ToArray();
    }

    [GlobalCleanup]
    public async Task Stop()
    {
        await _host.StopAsync();
        _host.Dispose();
    }

    /// <summary>The floor: one call to a live story grain that does nothing but answer.</summary>
    [Benchmark(Baseline = true)]
    public Task<string> EmptyCall() => _grains.GetGrain<IStoryGrain>(_stories[Next() % _stories.Length]).CurrentId();

    /// <summary>
    /// Only making a reference to a shard grain, no call: every GetGrain on the hot path pays this
    /// (the assigner and a story make one per shard they ask, a story one for the directory).
    /// </summary>
    [Benchmark]
    public IStoryIndexShardGrain ShardReference() => _grains.GetGrain<IStoryIndexShardGrain>(Next() % IndexSharding.ShardCount);

    /// <summary>One index shard answering its part of an article's query.</summary>
    [Benchmark]
    public Task<IReadOnlyList<StoryCandidate>> ShardQuery()
    {
        var query = _queries[Next() % _queries.Length];
        return _grains.GetGrain<IStoryIndexShardGrain>(query.Shard).Query(query.Terms, query.Weights, DateTimeOffset.MinValue);
    }

    /// <summary>One candidate story measuring an article against its centroid and members.</summary>
    [Benchmark]
    public Task<float[]> StoryMatch()
    {
        var n = Next();
        return _grains.GetGrain<IStoryGrain>(_stories[n % _stories.Length]).Match(_probes[n % _probes.Length].Features);
    }

    /// <summary>The whole assignment: the shards of the 12 strongest terms, then the best 5 candidates matched.</summary>
    [Benchmark]
    public Task<string> ChooseStory()
    {
        var probe = _probes[Next() % _probes.Length];
        return _assigner.ChooseStory(probe.Article, probe.Features);
    }

    /// <summary>
    /// The whole ingest of one article through its article grain (write, read, features, assignment,
    /// absorb, index, directory). Each call is a new article: a probe under a new id, dated a year
    /// further on each pass over the probes, so it starts or grows a story of its own pass and the
    /// stories stay the size of real ones however many invocations BenchmarkDotNet makes.
    /// </summary>
    [Benchmark]
    public Task<IngestReceipt> Submit()
    {
        var n = _submitted++;
        var probe = _probes[n % _probes.Length];
        var shift = TimeSpan.FromDays(400 * (1 + (n / _probes.Length)));
        var article = probe.Article with { Id = $"bench{n}~{probe.Article.Id}", Published = probe.Article.Published + shift, Received = probe.Article.Received + shift };
        return _grains.GetGrain<IArticleGrain>(article.Id).Submit(article);
    }

    private int Next() => _next++;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
