using System.Text;
using Clustering.Core.Articles;
using CsCheck;

namespace Clustering.Core.Tests.Fuzzing;

/// <summary>
/// The article pipeline (parse, then read everything the grains need) against random and mutated
/// input: no exception escapes, every rejection names a field, every article finishes in bounded time.
/// </summary>
public class PipelineFuzzTests
{
    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    [Fact]
    public void random_bytes_are_parsed_or_rejected_naming_a_field_and_never_throw()
    {
        Gen.Byte.Array[0, 2048].Sample(bytes => Hostile.ParseAndReadWithin(bytes, Hostile.PerArticle), writeLine: Log, time: Hostile.Seconds, threads: 1);
    }

    [Fact]
    public void mutated_articles_are_parsed_or_rejected_and_read_in_bounded_time()
    {
        Hostile.Mutated(Hostile.ArticleJson).Sample(bytes => Hostile.ParseAndReadWithin(bytes, Hostile.PerArticle), writeLine: Log, time: Hostile.Seconds, threads: 1);
    }

    [Fact]
    public void pathological_texts_huge_tokens_digit_and_quote_runs_are_read_in_bounded_time()
    {
        Gen.Select(Hostile.Pathological, Hostile.NewsText, Gen.Bool).Sample((hostile, news, inTitle) =>
        {
            var article = new Article("p", inTitle ? hostile[..Math.Min(hostile.Length, 5000)] : "Title", news + " " + hostile, null, null, null, null, Hostile.Received);
            Hostile.ReadWithin(article, Hostile.PerArticle);
        }, writeLine: Log, time: Hostile.Seconds, threads: 1);
    }

    [Theory]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void deep_nesting_is_a_clear_rejection_not_a_stack_overflow(int depth)
    {
        var arrays = new string('[', depth) + new string(']', depth);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        var nestedField = "{\"title\":\"t\",\"extra\":" + arrays + "}";

        foreach (var json in new[] { arrays, objects, nestedField })
        {
            var result = ArticleParser.Parse(Encoding.UTF8.GetBytes(json), Hostile.Received);

            result.Error.ShouldNotBeNull().Field.ShouldBe("body");
            result.Error.Message.ShouldContain("broken JSON");
        }
    }

    [Fact]
    public void an_article_at_the_size_limit_of_one_long_word_is_read_in_bounded_time()
    {
        var json = "{\"title\":\"t\",\"text\":\"" + new string('x', ArticleLimits.MaxArticleBytes - 40) + "\"}";

        Hostile.ParseAndReadWithin(Encoding.UTF8.GetBytes(json), Hostile.PerArticle);
    }

    [Fact]
    public void an_article_at_the_size_limit_of_mixed_news_text_is_read_in_bounded_time()
    {
        var text = new StringBuilder();
        var random = new Random(9);
        string[] pieces = ["At least 1,500 troops were killed, officials said. ", "\"We will not stop,\" Kim Jong Un said on Tuesday. ", "About 2.5 million people (displaced) — ", "WASHINGTON (AP) — "];
        while (text.Length < ArticleLimits.MaxArticleBytes - 2000)
        {
            text.Append(pieces[random.Next(pieces.Length)]);
        }
        var json = System.Text.Json.JsonSerializer.Serialize(new { title = "Big", text = text.ToString() });

        Hostile.ParseAndReadWithin(Encoding.UTF8.GetBytes(json), TimeSpan.FromSeconds(20));
    }

    [Fact]
    public void mutated_shared_seeds_and_eval_articles_are_parsed_or_rejected_in_bounded_time()
    {
        var seeds = new List<byte[]>();
        if (Hostile.Shared("seeds") is { } seedFolder)
        {
            foreach (var file in Directory.EnumerateFiles(seedFolder, "*.txt").Order(StringComparer.Ordinal))
            {
                var read = TxtArticleReader.Read(Path.GetFileName(file), File.ReadAllText(file), Hostile.Received);
                if (read.Article is { } article)
                {
                    seeds.Add(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { title = article.Title, text = article.Text })));
                }
            }
        }
        if (Hostile.Shared("eval") is { } evalFolder)
        {
            foreach (var file in Directory.EnumerateFiles(evalFolder, "*.ndjson").Order(StringComparer.Ordinal))
            {
                seeds.AddRange(File.ReadLines(file).Take(200).Select(Encoding.UTF8.GetBytes));
            }
        }
        if (seeds.Count == 0)
        {
            Assert.Skip("../shared/seeds and ../shared/eval hold no articles here (they exist in CI beside the clone): skipped");
        }

        Hostile.Mutated(Gen.Int[0, seeds.Count - 1].Select(i => seeds[i]))
            .Sample(bytes => Hostile.ParseAndReadWithin(bytes, Hostile.PerArticle), writeLine: Log, time: Hostile.Seconds, threads: 1);
    }

    [Fact]
    public void the_txt_reader_never_throws_on_random_text()
    {
        Gen.Select(Hostile.NewsText, Gen.String, Gen.Bool).Sample((news, noise, dateLine) =>
        {
            var content = (dateLine ? "date " + noise[..Math.Min(noise.Length, 12)] + "\n" : string.Empty) + noise + "\n" + news;
            var result = TxtArticleReader.Read("f.txt", content, Hostile.Received);
            (result.Article is not null || result.Error is not null).ShouldBeTrue();
        }, writeLine: Log, time: 1, threads: 1);
    }
}
