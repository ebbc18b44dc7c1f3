using System.Text.RegularExpressions;
using Clustering.Testing;

namespace Clustering.Cli.Tests;

/// <summary>
/// The command README names for the shipped model, run as written (its output sent elsewhere),
/// writes `default-model.json` byte for byte: nobody edits the shipped model by hand, and the README
/// says how it was made. It replays the three dev sets, so it runs only where `../shared` is.
/// </summary>
public partial class ShippedModelCommandTests
{
    private const string ShippedModel = "src/Clustering.Core/Assignment/default-model.json";

    [Fact]
    public async Task the_readme_command_rebuilds_the_shipped_model_byte_for_byte()
    {
        RepoPaths.SharedOrSkip("eval/uci-dev.ndjson");
        var args = ReadmeCommand();
        var written = Path.Combine(Path.GetTempPath(), $"shipped-model-{Guid.NewGuid():N}.json");
        var writeAt = args.IndexOf("--write");
        writeAt.ShouldBeGreaterThan(0, "the README command writes the model with --write");
        args[writeAt + 1].ShouldBe(ShippedModel);
        args[writeAt + 1] = written;

        try
        {
            var (code, _, err) = await CliProcess.Run([.. args.Select(Resolve)]);

            code.ShouldBe(0, err);
            (await File.ReadAllBytesAsync(written, TestContext.Current.CancellationToken))
                .ShouldBe(await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Root, ShippedModel), TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(written);
        }
    }

    /// <summary>The arguments after `--` of README's command that writes the shipped model (its lines joined).</summary>
    private static List<string> ReadmeCommand()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var block = CodeBlocks().Matches(readme).Select(match => match.Groups["body"].Value)
            .Single(body => body.Contains("--write " + ShippedModel, StringComparison.Ordinal));
        var line = block.Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\\\n", " ", StringComparison.Ordinal).Trim();
        var afterDashes = line[(line.IndexOf(" -- ", StringComparison.Ordinal) + 4)..];
        return [.. afterDashes.Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Paths in the command are relative to the repository root; `../shared` is wherever the shared folder is.</summary>
    private static string Resolve(string arg)
    {
        if (!arg.Contains('/', StringComparison.Ordinal))
        {
            return arg;
        }
        return string.Join('=', arg.Split('=').Select(part => part.StartsWith('.') || part.StartsWith("src/", StringComparison.Ordinal)
            ? Path.GetFullPath(Path.Combine(RepoPaths.Root, part))
            : part));
    }

    [GeneratedRegex(@"```sh\r?\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CodeBlocks();
}
