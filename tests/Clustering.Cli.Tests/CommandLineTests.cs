namespace Clustering.Cli.Tests;

/// <summary>The CLI as a user runs it: exit codes and one-line errors.</summary>
public class CommandLineTests
{
    private static Task<(int Code, string Out, string Err)> Run(params string[] args) => CliProcess.Run(args);

    [Fact]
    public async Task an_unknown_verb_is_a_bad_argument_with_one_line_on_stderr()
    {
        var (code, _, err) = await Run("frobnicate");

        code.ShouldBe(2);
        err.Trim().Split('\n').ShouldHaveSingleItem().ShouldStartWith("clustering:");
    }

    [Fact]
    public async Task ingest_of_nothing_that_exists_says_so_and_exits_2()
    {
        var (code, _, err) = await Run("ingest", "/no/such/folder");

        code.ShouldBe(2);
        err.ShouldContain("no such file or folder");
    }

    [Fact]
    public async Task ingest_against_a_server_that_is_not_there_fails_with_one_line()
    {
        var folder = Directory.CreateTempSubdirectory("clustering-cli-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Title\nText", TestContext.Current.CancellationToken);

        var (code, _, err) = await Run("ingest", folder, "--server", "http://127.0.0.1:9");

        code.ShouldBe(1);
        err.ShouldContain("cannot reach http://127.0.0.1:9");
        Directory.Delete(folder, true);
    }

    [Fact]
    public async Task watch_against_a_server_that_is_not_there_fails_with_one_line()
    {
        var (code, _, err) = await Run("watch", "--server", "http://127.0.0.1:9");

        code.ShouldBe(1);
        err.Trim().Split('\n').ShouldHaveSingleItem().ShouldContain("cannot reach http://127.0.0.1:9");
    }
}
