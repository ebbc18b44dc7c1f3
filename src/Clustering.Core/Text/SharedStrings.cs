using CommunityToolkit.HighPerformance.Buffers;

namespace Clustering.Core.Text;

/// <summary>
/// One string for the words and labels every story keeps over and over ("police", "killed", a slot
/// or qualifier name, an outlet): a reading that crossed the wire or came back from storage brings
/// its own copy of each, and every story would keep its own. A bounded pool: rare strings come and
/// go, the common ones stay shared.
/// </summary>
public static class SharedStrings
{
    /// <summary>Room for a working vocabulary; the pool's own cost is a few megabytes.</summary>
    private static readonly StringPool Pool = new(1 << 16);

    public static string Of(string text) => Pool.GetOrAdd(text ?? throw new ArgumentNullException(nameof(text)));

    public static string? OrNull(string? text) => text is null ? null : Pool.GetOrAdd(text);
}
