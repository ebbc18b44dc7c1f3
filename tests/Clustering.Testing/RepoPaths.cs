namespace Clustering.Testing;

/// <summary>Where the repository and the optional ../shared folder are, seen from a test binary.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>../shared beside the clone, as in CI; absent on a user's clone.</summary>
    public static string? Shared
    {
        get
        {
            var shared = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    /// <summary>The folder under ../shared, or a dynamic skip that says plainly why the test did not run.</summary>
    public static string SharedOrSkip(string relative)
    {
        var shared = Shared;
        var path = shared is null ? null : Path.Combine(shared, relative);
        if (path is null || (!Directory.Exists(path) && !File.Exists(path)))
        {
            Assert.Skip($"../shared/{relative} is not here (it exists in CI beside the clone, not in a user's clone): skipped");
        }
        return path!;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Clustering.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("Clustering.sln not found above " + AppContext.BaseDirectory);
    }
}
