namespace Clustering.Grains;

/// <summary>Names of the grain storage providers the silo host must register.</summary>
public static class GrainStorage
{
    public const string Articles = "articles";
    public const string Stories = "stories";
    public const string Index = "index";
}
