using Clustering.Core.Articles;
using Clustering.Core.Features;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;

namespace Clustering.Abstractions.Serialization;

public static class CoreTypesSerialization
{
    /// <summary>
    /// The core library's reading and ledger types (records of strings, numbers and lists) cross the
    /// wire and go to storage as JSON: the library stays free of Orleans and grows without a codec
    /// per type. The hot types (article, features, term vectors) keep their binary surrogates.
    /// </summary>
    public static IServiceCollection AddClusteringSerialization(this IServiceCollection services) =>
        services.AddSerializer(serializer => serializer.AddJsonSerializer(isSupported: IsCoreTypeWithoutSurrogate));

    private static bool IsCoreTypeWithoutSurrogate(Type type) =>
        type.Namespace is { } ns
        && ns.StartsWith("Clustering.Core", StringComparison.Ordinal)
        && type != typeof(Article) && type != typeof(TermVector) && type != typeof(ArticleFeatures);
}
