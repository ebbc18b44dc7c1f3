using Clustering.Testing;

namespace Clustering.Silo.Tests;

public sealed class SiloFixture : IAsyncLifetime
{
    public TestSilo Silo { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Silo = await TestSilo.Start();

    public async ValueTask DisposeAsync() => await Silo.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class SiloCollection : ICollectionFixture<SiloFixture>
{
    public const string Name = "silo";
}
