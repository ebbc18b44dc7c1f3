using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clustering.Core.Copies;

/// <summary>
/// A fingerprint's sentences in one array: each sentence's count of word hashes, then its hashes,
/// sorted. An array per sentence cost its header and padding in each of the dozen or more sentences
/// of every full text a story keeps.
/// </summary>
public static class SentenceRuns
{
    /// <summary>The sentences' hashes (each sorted), as one array of runs.</summary>
    public static uint[] Of(IReadOnlyList<uint[]> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var runs = new uint[sentences.Sum(sentence => sentence.Length + 1)];
        var at = 0;
        foreach (var sentence in sentences)
        {
            runs[at++] = (uint)sentence.Length;
            sentence.CopyTo(runs, at);
            at += sentence.Length;
        }
        return runs;
    }

    /// <summary>Where each sentence's hashes are in <paramref name="runs"/>.</summary>
    public static (int Start, int Length)[] Spans(uint[] runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var spans = new List<(int Start, int Length)>();
        for (var at = 0; at < runs.Length; at += (int)runs[at] + 1)
        {
            spans.Add((at + 1, (int)runs[at]));
        }
        return [.. spans];
    }

    /// <summary>How many sentences the runs hold.</summary>
    public static int Count(ReadOnlySpan<uint> runs)
    {
        var count = 0;
        for (var at = 0; at < runs.Length; at += (int)runs[at] + 1)
        {
            count++;
        }
        return count;
    }

    /// <summary>The sentence whose run starts at <paramref name="at"/>, and where the next run starts: a walk that allocates nothing.</summary>
    public static ReadOnlySpan<uint> At(ReadOnlySpan<uint> runs, int at, out int next)
    {
        var length = (int)runs[at];
        next = at + 1 + length;
        return runs.Slice(at + 1, length);
    }

    /// <summary>Whether every run stays within the array (read from storage: a cut one is an error there, not at every compare).</summary>
    internal static bool WellFormed(List<uint> runs)
    {
        var at = 0;
        while (at < runs.Count)
        {
            if (runs[at] >= runs.Count)
            {
                return false;
            }
            at += (int)runs[at] + 1;
        }
        return at == runs.Count;
    }
}

/// <summary>
/// Sentence runs as a JSON array of numbers; fingerprints stored with an array per sentence
/// (an array of arrays) read back as the same runs.
/// </summary>
public sealed class SentenceRunsJson : JsonConverter<uint[]>
{
    public override uint[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"a fingerprint's sentences are an array, not {reader.TokenType}");
        }
        var runs = new List<uint>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartArray)
            {
                var start = runs.Count;
                runs.Add(0);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    runs.Add(reader.GetUInt32());
                }
                runs[start] = (uint)(runs.Count - start - 1);
            }
            else
            {
                runs.Add(reader.GetUInt32());
            }
        }
        if (!SentenceRuns.WellFormed(runs))
        {
            throw new JsonException($"a fingerprint's {runs.Count} sentence values end inside a sentence's run");
        }
        return [.. runs];
    }

    public override void Write(Utf8JsonWriter writer, uint[] value, JsonSerializerOptions options) => SignatureJson.WriteNumbers(writer, value);
}
