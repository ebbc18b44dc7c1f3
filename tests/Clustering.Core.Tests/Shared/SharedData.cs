namespace Clustering.Core.Tests.Shared;

/// <summary>
/// The shared seeds and evaluation sets live beside the repository (../shared), never inside it;
/// tests that need them find them at run time and skip, saying why, where they are absent.
/// </summary>
internal static class SharedData
{
    public static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Clustering.sln")))
        {
            directory = directory.Parent;
        }
        var shared = directory is null ? null : Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared"));
        if (shared is null || !System.IO.Directory.Exists(shared))
        {
            Assert.Skip($"../shared is not here: looked beside the repository root found from {AppContext.BaseDirectory}");
        }
        return shared!;
    }

    public static string PathOf(params string[] parts)
    {
        var path = Path.Combine([Root(), .. parts]);
        if (!System.IO.File.Exists(path))
        {
            Assert.Skip($"../shared is not here: {path} is missing");
        }
        return path;
    }
}
