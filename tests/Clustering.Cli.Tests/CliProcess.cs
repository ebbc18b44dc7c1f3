using System.Diagnostics;

namespace Clustering.Cli.Tests;

/// <summary>Runs the built `clustering` as a user would, in its own process: exit code, stdout, stderr.</summary>
internal static class CliProcess
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "clustering.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await output, await error);
    }
}
