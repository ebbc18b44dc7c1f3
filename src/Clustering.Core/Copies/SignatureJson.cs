using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clustering.Core.Copies;

/// <summary>
/// A MinHash signature as a JSON array of numbers. Signatures stored with 64-bit minima read back as
/// their low halves, which is what <see cref="CopyFingerprint.Of"/> keeps of the same minima now: an
/// article stored then still matches its copies read now.
/// </summary>
public sealed class SignatureJson : JsonConverter<uint[]>
{
    public override uint[] Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException($"a MinHash signature is an array of numbers, not {reader.TokenType}");
        }
        var values = new List<uint>(CopyFingerprint.Permutations);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.Number || !reader.TryGetUInt64(out var value))
            {
                throw new JsonException("a MinHash signature holds only whole numbers from 0 to 2^64 - 1");
            }
            values.Add(unchecked((uint)value));
        }
        return [.. values];
    }

    public override void Write(Utf8JsonWriter writer, uint[] value, JsonSerializerOptions options) => WriteNumbers(writer, value);

    /// <summary>The values as one JSON array of numbers (signatures and sentence runs are both written so).</summary>
    internal static void WriteNumbers(Utf8JsonWriter writer, uint[] value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartArray();
        foreach (var number in value)
        {
            writer.WriteNumberValue(number);
        }
        writer.WriteEndArray();
    }
}
