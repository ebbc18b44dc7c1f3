namespace Clustering.Core.Text;

/// <summary>
/// One string for the words and labels every story keeps over and over ("police", "killed", a slot
/// or qualifier name, an outlet): a reading that crossed the wire or came back from storage brings
/// its own copy of each, and every story would keep its own. A bounded pool: rare strings come and
/// go, the common ones stay shared.
/// </summary>
/// <remarks>
/// Two places a string, by its hash, and no lock: the readers ahead and the story being written
/// all ask at once, and a lock per lookup had them wait on each other. A race only loses a chance
/// to share (each caller still gets a string equal to its own), never a wrong answer.
/// </remarks>
public static class SharedStrings
{
    /// <summary>Room for a working vocabulary, in pairs of places; the pool's own cost is half a megabyte.</summary>
    private const int Places = 1 << 16;

    private static readonly string?[] Pool = new string?[Places];

    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = text.GetHashCode() & (Places - 2);
        var held = Volatile.Read(ref Pool[first]);
        if (held is not null && string.Equals(held, text, StringComparison.Ordinal))
        {
            return held;
        }
        var other = Volatile.Read(ref Pool[first + 1]);
        if (other is not null && string.Equals(other, text, StringComparison.Ordinal))
        {
            return other;
        }
        // The newest takes the first place and the one it held the second: of two words that
        // share a pair, a common one comes back to the first place as soon as it is asked again.
        Volatile.Write(ref Pool[first + 1], held);
        Volatile.Write(ref Pool[first], text);
        return text;
    }

    public static string? OrNull(string? text) => text is null ? null : Of(text);
}
