using System.Text;
using System.Text.Json;
using Clustering.Core.Articles;

namespace Clustering.Cli.Ingest;

/// <summary>One article read from disk, ready to send, or the reason it cannot be sent.</summary>
internal sealed record SourceItem(string Origin, Article? Article, string? Error);

/// <summary>
/// Turns the paths given to `ingest` into articles: `.txt` (optional `date` line), `.json` (one
/// article), `.ndjson` (one a line), and folders of them. Every bad file or line becomes one item
/// with its reason, so the good ones beside it still go.
/// </summary>
internal static class ArticleSourceReader
{
    public static readonly string[] Extensions = [".txt", ".json", ".ndjson"];

    /// <summary>The files behind the given paths, in a stable order; unknown paths are reported.</summary>
    public static (List<string> Files, List<string> Problems) Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(file => Extensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
                {
                    files.Add(path);
                }
                else
                {
                    problems.Add($"{path}: not a .txt, .json or .ndjson file");
                }
            }
            else
            {
                problems.Add($"{path}: no such file or folder");
            }
        }
        return (files, problems);
    }

    public static async IAsyncEnumerable<SourceItem> Read(string file, DateTimeOffset now)
    {
        switch (Path.GetExtension(file).ToLowerInvariant())
        {
            case ".txt":
                var text = await File.ReadAllTextAsync(file, Encoding.UTF8);
                yield return Item(file, TxtArticleReader.Read(Path.GetFileName(file), text, now));
                break;
            case ".json":
                var bytes = await File.ReadAllBytesAsync(file);
                yield return Item(file, ArticleParser.Parse(bytes, now));
                break;
            default:
                await using (var stream = File.OpenRead(file))
                {
                    await foreach (var line in NdjsonReader.ReadLines(stream))
                    {
                        var origin = $"{file}:{line.Number}";
                        yield return line.TooLong
                            ? new SourceItem(origin, null, $"line is over {ArticleLimits.MaxArticleBytes} bytes")
                            : Item(origin, ArticleParser.Parse(line.Bytes.Span, now));
                    }
                }
                break;
        }
    }

    /// <summary>
    /// How many items the files hold (a .txt or .json file one, an .ndjson file one a non-blank
    /// line), counted before sending so progress can be shown in articles. A pass over the bytes
    /// costs little beside sending them.
    /// </summary>
    public static async Task<int> Count(IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var file in files)
        {
            if (!Path.GetExtension(file).Equals(".ndjson", StringComparison.OrdinalIgnoreCase))
            {
                count++;
                continue;
            }
            await using var stream = File.OpenRead(file);
            await foreach (var _ in NdjsonReader.ReadLines(stream, cancellationToken: cancellationToken))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>The contract's JSON form of an article, with its id fixed so the server keeps ours.</summary>
    public static string ToJson(Article article) => JsonSerializer.Serialize(new
    {
        id = article.Id,
        title = article.Title,
        text = article.Text,
        url = article.Url,
        source = article.Source,
        published = article.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        language = article.Language,
    });

    private static SourceItem Item(string origin, ArticleParseResult result) =>
        result.Article is { } article ? new SourceItem(origin, article, null) : new SourceItem(origin, null, result.Error!.ToString());
}
