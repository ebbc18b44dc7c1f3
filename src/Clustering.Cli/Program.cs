using System.CommandLine;
using System.Net.Http;
using Clustering.Cli;
using Clustering.Cli.Verbs;
using Clustering.Client;

var server = new Option<string>("--server")
{
    Description = "the engine's base URL",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLUSTERING_SERVER") ?? ServerConnection.DefaultServer,
    Recursive = true,
};
var apiKey = new Option<string?>("--api-key")
{
    Description = "sent as X-Api-Key (or set CLUSTERING_API_KEY)",
    DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLUSTERING_API_KEY"),
    Recursive = true,
};

var root = new RootCommand("clustering: turns a stream of news articles into live stories") { server, apiKey };
root.Subcommands.Add(IngestVerb.Create(server, apiKey));
root.Subcommands.Add(ClusterVerb.Create());
root.Subcommands.Add(EvalVerb.Create());
root.Subcommands.Add(TuneVerb.Create());
root.Subcommands.Add(WatchVerb.Create(server, apiKey));
root.Subcommands.Add(BenchLiveVerb.Create(server));
root.Subcommands.Add(BenchVerb.Create());

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    await Console.Error.WriteLineAsync("clustering: " + string.Join("; ", parse.Errors.Select(error => error.Message)) + " (see --help)");
    return ExitCodes.BadArguments;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (HttpRequestException ex)
{
    await Console.Error.WriteLineAsync($"clustering: cannot reach {parse.GetValue(server)}: {ex.Message}");
    return ExitCodes.Failure;
}
catch (Clustering.Core.Packs.UnknownPackException ex)
{
    await Console.Error.WriteLineAsync($"clustering: Clustering__DisabledPacks: {ex.Message}");
    return ExitCodes.BadArguments;
}
catch (ClusteringApiException ex)
{
    await Console.Error.WriteLineAsync($"clustering: the server refused: {ex.Message}");
    return ExitCodes.Failure;
}
