using Orleans.Concurrency;

namespace Clustering.Abstractions.Stories;

/// <summary>
/// The ids of the stories changed since the story list (the directory, written behind) was last
/// written, written before each change is acknowledged: a directory that comes back after a crash
/// asks these stories for their summaries, so no acknowledged story is missing from the list.
/// </summary>
[Alias("Clustering.IStoryListJournalGrain")]
public interface IStoryListJournalGrain : IGrainWithIntegerKey
{
    /// <summary>Returns once the id is durably recorded.</summary>
    [Alias("Record")]
    Task Record(string storyId);

    /// <summary>The position the journal has reached: what is recorded up to here is in the directory already.</summary>
    [Alias("Mark")]
    Task<long> Mark();

    /// <summary>The directory's list holding everything up to <paramref name="mark"/> is written: forget those ids.</summary>
    [Alias("Written")]
    Task Written(long mark);

    /// <summary>The stories changed since the list was last written.</summary>
    [ReadOnly, Alias("Pending")]
    Task<IReadOnlyList<string>> Pending();
}
