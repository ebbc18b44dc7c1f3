using Clustering.Cli.Ingest;

namespace Clustering.Cli.Tests;

public sealed class ArticleSourceReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("clustering-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<List<SourceItem>> ReadAll(string file)
    {
        var items = new List<SourceItem>();
        await foreach (var item in ArticleSourceReader.Read(file, DateTimeOffset.UnixEpoch))
        {
            items.Add(item);
        }
        return items;
    }

    [Fact]
    public void a_folder_expands_to_its_article_files_in_a_stable_order_and_skips_others()
    {
        Write("b.txt", "x");
        Write("a.json", "{}");
        Write("sub/c.ndjson", "");
        Write("notes.md", "# not an article");

        var (files, problems) = ArticleSourceReader.Expand([_folder]);

        files.Select(Path.GetFileName).ShouldBe(["a.json", "b.txt", "c.ndjson"]);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void a_missing_path_and_a_wrong_kind_of_file_are_reported_by_name()
    {
        var notes = Write("notes.md", "x");

        var (files, problems) = ArticleSourceReader.Expand([Path.Combine(_folder, "nope"), notes]);

        files.ShouldBeEmpty();
        problems.Count.ShouldBe(2);
        problems[0].ShouldContain("no such file");
        problems[1].ShouldContain("not a .txt");
    }

    [Fact]
    public async Task a_txt_file_is_one_article_named_after_the_file()
    {
        var file = Write("flood-01.txt", "date 2026-03-14\nRiver floods the old town\nWater rose overnight.");

        var item = (await ReadAll(file)).ShouldHaveSingleItem();

        item.Article!.Id.ShouldBe("flood-01");
        item.Article.Title.ShouldBe("River floods the old town");
        item.Article.Published!.Value.Year.ShouldBe(2026);
    }

    [Fact]
    public async Task every_bad_line_of_an_ndjson_file_is_its_own_rejection_and_the_good_lines_stay()
    {
        var file = Write("batch.ndjson", "{\"title\":\"one\"}\n{\"title\":3}\n\n{broken\n{\"title\":\"four\"}\n");

        var items = await ReadAll(file);

        items.Count(item => item.Article is not null).ShouldBe(2);
        items.Where(item => item.Error is not null).Select(item => item.Origin).ShouldBe([$"{file}:2", $"{file}:4"]);
    }

    [Fact]
    public async Task the_json_sent_keeps_the_id_so_the_server_agrees_with_the_file_name()
    {
        var file = Write("quake.txt", "Quake hits\nbody");
        var article = (await ReadAll(file)).Single().Article!;

        var json = ArticleSourceReader.ToJson(article);

        json.ShouldContain("\"id\":\"quake\"");
        json.ShouldContain("\"title\":\"Quake hits\"");
    }
}
