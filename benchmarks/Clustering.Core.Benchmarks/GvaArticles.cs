using System.Text;
using Clustering.Core.Articles;

namespace Clustering.Core.Benchmarks;

/// <summary>The gva-dev articles from ../shared/eval, found beside the repository root.</summary>
internal static class GvaArticles
{
    public static Article[] Load()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clustering.sln")))
        {
            directory = directory.Parent;
        }
        // BenchmarkDotNet runs a copy of this program from its own build folder; the working directory still points home.
        directory ??= new DirectoryInfo(Environment.CurrentDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clustering.sln")))
        {
            directory = directory.Parent;
        }
        var path = directory is null ? null : Path.Combine(directory.FullName, "..", "shared", "eval", "gva-dev.ndjson");
        if (path is null || !File.Exists(path))
        {
            throw new FileNotFoundException("../shared/eval/gva-dev.ndjson is not here; the benchmark reads real articles", path);
        }
        var received = DateTimeOffset.UnixEpoch;
        return File.ReadLines(path)
            .Select(line => ArticleParser.Parse(Encoding.UTF8.GetBytes(line), received).Article!)
            .ToArray();
    }
}
