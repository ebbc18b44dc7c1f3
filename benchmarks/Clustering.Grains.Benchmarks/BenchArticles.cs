using System.Text;
using Clustering.Core.Articles;

namespace Clustering.Grains.Benchmarks;

/// <summary>The eval articles of ../shared/eval (headlines and full text), found beside the repository root, in `published` order.</summary>
internal static class BenchArticles
{
    public static Article[] Load()
    {
        // BenchmarkDotNet runs a copy of this program from its own build folder; the working directory still points home.
        var root = FindRoot(AppContext.BaseDirectory) ?? FindRoot(Environment.CurrentDirectory)
            ?? throw new DirectoryNotFoundException("not inside a clone of the repository");
        var eval = Path.Combine(root, "..", "shared", "eval");
        var files = Directory.Exists(eval) ? Directory.GetFiles(eval, "*.ndjson").Order(StringComparer.Ordinal).ToArray() : [];
        if (files.Length == 0)
        {
            throw new FileNotFoundException("../shared/eval/*.ndjson is not here; the benchmark runs on real articles", eval);
        }
        var received = DateTimeOffset.UnixEpoch;
        return files
            .SelectMany(File.ReadLines)
            .Select(line => ArticleParser.Parse(Encoding.UTF8.GetBytes(line), received).Article)
            .OfType<Article>()
            .OrderBy(article => article.EffectiveTime)
            .ToArray();
    }

    private static string? FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Clustering.sln")))
            {
                return directory.FullName;
            }
        }
        return null;
    }
}
