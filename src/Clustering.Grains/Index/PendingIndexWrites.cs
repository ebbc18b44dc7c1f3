using Clustering.Abstractions.Index;

namespace Clustering.Grains.Index;

/// <summary>
/// The index writes this silo's stories made and no shard has yet, gathered per shard in the order
/// they were made. A shard gets its writes with the next query this silo sends it
/// (<see cref="IStoryIndexShardGrain.ApplyAndQuery"/>), so every lookup from this silo sees every
/// posting made here before it, as if each write had been its own call; the writes of shards no one
/// asks for a while go out with the server's periodic flush (<see cref="IndexWriteFlushing"/>). A
/// re-indexed story was fifteen shard calls an article, awaited before the article's answer; in a
/// silo alone it is none.
/// </summary>
/// <remarks>
/// A call that carries writes is started while the shard's writes are held, so two sends to one
/// shard leave in the order their writes were made: an older posting never lands after a newer one.
/// Only a silo alone in its cluster keeps writes back (<see cref="Gathers"/>): with other silos, an
/// article placed on another one a moment later must find the story too (a copy of a wire story
/// arrives within the second), so each story sends its writes before its answer, as before.
/// </remarks>
public sealed class PendingIndexWrites(Func<bool>? aloneInCluster = null)
{
    /// <summary>Whether writes wait for the shard's next query; false while other silos are active.</summary>
    public bool Gathers => aloneInCluster?.Invoke() ?? true;

    private readonly List<IndexWrite>?[] _pending = new List<IndexWrite>?[IndexSharding.ShardCount];
    private readonly Lock[] _gates = [.. Enumerable.Range(0, IndexSharding.ShardCount).Select(_ => new Lock())];

    /// <summary>
    /// How many writes a shard gathers before the story that adds the next one sends them itself: a
    /// silo that only writes (stories absorbed, no lookups) must not hold its whole index twice.
    /// </summary>
    public const int MaxPerShard = 256;

    /// <summary>Gathers a write; true when the shard now holds <see cref="MaxPerShard"/> or more, to be sent (<see cref="Flush(IGrainFactory, IEnumerable{int})"/>).</summary>
    public bool Add(int shard, IndexWrite write)
    {
        lock (_gates[shard])
        {
            var pending = _pending[shard] ??= [];
            pending.Add(write);
            return pending.Count >= MaxPerShard;
        }
    }

    /// <summary>
    /// Gathers a story's writes and sends the shards that now hold <see cref="MaxPerShard"/>, or, when
    /// the silo does not gather (<see cref="Gathers"/>), every shard written; done when those are sent.
    /// </summary>
    public Task Write(IGrainFactory grains, IEnumerable<(int Shard, IndexWrite Write)> writes)
    {
        var gathers = Gathers;
        List<int>? send = null;
        foreach (var (shard, write) in writes)
        {
            if (Add(shard, write) || !gathers)
            {
                (send ??= []).Add(shard);
            }
        }
        return send is null ? Task.CompletedTask : Flush(grains, send);
    }

    /// <summary>How many writes wait for a shard.</summary>
    public int Count(int shard)
    {
        lock (_gates[shard])
        {
            return _pending[shard]?.Count ?? 0;
        }
    }

    /// <summary>
    /// Starts <paramref name="call"/> with the shard's gathered writes (null when it has none), which
    /// are then the call's to deliver; if it fails they are gathered again, before any made since.
    /// </summary>
    public Task<T> Send<T>(int shard, Func<IndexWrite[]?, Task<T>> call)
    {
        IndexWrite[]? writes;
        Task<T> sent;
        lock (_gates[shard])
        {
            var pending = _pending[shard];
            writes = pending is { Count: > 0 } ? [.. pending] : null;
            _pending[shard] = null;
            try
            {
                sent = call(writes);
            }
            catch
            {
                _pending[shard] = pending;
                throw;
            }
        }
        return writes is null ? sent : PutBackOnFailure(shard, writes, sent);
    }

    /// <summary>Sends every shard its writes; those a shard failed to take stay for the next time.</summary>
    public Task Flush(IGrainFactory grains) => Flush(grains, Enumerable.Range(0, IndexSharding.ShardCount));

    /// <summary>Sends these shards their writes.</summary>
    public async Task Flush(IGrainFactory grains, IEnumerable<int> shards)
    {
        var sends = new List<Task<bool>>();
        foreach (var shard in shards)
        {
            if (Count(shard) > 0)
            {
                var target = grains.IndexShard(shard);
                sends.Add(Send(shard, async writes =>
                {
                    if (writes is not null)
                    {
                        await target.Apply(writes);
                    }
                    return true;
                }));
            }
        }
        await Task.WhenAll(sends);
    }

    private async Task<T> PutBackOnFailure<T>(int shard, IndexWrite[] writes, Task<T> sent)
    {
        try
        {
            return await sent;
        }
        catch
        {
            lock (_gates[shard])
            {
                (_pending[shard] ??= []).InsertRange(0, writes);
            }
            throw;
        }
    }
}
