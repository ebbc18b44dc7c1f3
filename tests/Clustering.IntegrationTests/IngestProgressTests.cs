using System.Text.Json;
using Clustering.Cli.Ingest;
using Clustering.Testing;

namespace Clustering.IntegrationTests;

/// <summary>`ingest` of one big file shows how far it is in articles, not in files.</summary>
public class IngestProgressTests
{
    [Fact]
    public async Task one_file_of_many_articles_moves_the_progress_as_its_batches_are_answered()
    {
        var folder = Directory.CreateTempSubdirectory("ingest-progress-");
        try
        {
            var file = Path.Combine(folder.FullName, "wire.ndjson");
            var lines = Enumerable.Range(1, 250).Select(Article).Append("{ this line is not json").ToArray();
            await File.WriteAllLinesAsync(file, lines, TestContext.Current.CancellationToken);
            await using var silo = await TestSilo.Start();
            var seen = new List<IngestProgress>();

            var summary = await Ingesting.Ingest(silo, seen.Add, file);

            summary.Accepted.ShouldBe(250);
            summary.Rejected.ShouldHaveSingleItem();
            seen.ShouldAllBe(progress => progress.Total == 251);
            // Each answered batch moves it, and so does the unreadable line when it is read, before the last batch goes.
            seen.Select(progress => progress.Done).ShouldBe([100, 200, 201, 251]);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A made-up market note a day: enough articles for three batches.</summary>
    private static string Article(int day) => JsonSerializer.Serialize(new
    {
        id = $"progress-{day}",
        title = $"Harbour fish auction opens with record catch on day {day}",
        text = $"Trawlers landed {day * 3} tonnes of cod at the Wexmoor harbour auction on day {day} of the season, the port office said.",
        published = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero).AddDays(day).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    });
}
