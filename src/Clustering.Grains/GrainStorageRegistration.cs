using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Clustering.Grains;

public static class GrainStorageRegistration
{
    /// <summary>
    /// The three stores in the silo's memory (one silo, tests, CLI replay). Memory storage keeps a
    /// serialized copy of each state, by default through Newtonsoft JSON: with whole stories written
    /// on every absorb that was the largest single cost of ingest. The Orleans binary serializer, as
    /// Redis uses, keeps the copy semantics at a fraction of the cost. Volatile storage is written
    /// behind (see <see cref="GrainPersistenceOptions.WriteBehind"/>), and compressed
    /// (<see cref="CompressedStorageSerializer"/>): the copies are most of a silo's heap.
    /// </summary>
    public static ISiloBuilder AddClusteringMemoryStorage(this ISiloBuilder silo)
    {
        foreach (var name in (string[])[GrainStorage.Articles, GrainStorage.Stories, GrainStorage.Index])
        {
            silo.AddMemoryGrainStorage(name, storage => storage.Configure<Serializer>((memory, serializer) =>
                memory.GrainStorageSerializer = CompressedStorageSerializer.Over(serializer)));
        }
        silo.Services.Configure<GrainPersistenceOptions>(options => options.WriteBehind = true);
        return silo;
    }
}
