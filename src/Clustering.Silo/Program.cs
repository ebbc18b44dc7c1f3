using Clustering.Silo.Hosting;

var app = ClusteringHost.Build(args);
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
