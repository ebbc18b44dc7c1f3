using System.Text.Json;
using System.Text.Json.Serialization;

namespace Clustering.Core.Particulars;

/// <summary>
/// Particulars as a JSON object with one property per kind, named by <see cref="IParticularKind.Name"/>:
/// stored state outlives the list of kinds, so a name no kind has is skipped and a kind missing from
/// the object reads as none.
/// </summary>
public sealed class StoryParticularsJson : JsonConverter<StoryParticulars>
{
    public override StoryParticulars Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParticularsJson.ExpectObject(ref reader);
        var kept = new StoryParticulars();
        while (ParticularsJson.NextKind(ref reader, out var at))
        {
            kept[at] = ParticularKinds.All[at].ReadKept(ref reader, options);
        }
        return kept;
    }

    public override void Write(Utf8JsonWriter writer, StoryParticulars value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var kinds = ParticularKinds.All;
        for (var i = 0; i < kinds.Count; i++)
        {
            writer.WritePropertyName(kinds[i].Name);
            kinds[i].WriteKept(writer, value[i], options);
        }
        writer.WriteEndObject();
    }
}

/// <summary>An article's particulars as JSON, shaped as <see cref="StoryParticularsJson"/> shapes a story's.</summary>
public sealed class ArticleParticularsJson : JsonConverter<ArticleParticulars>
{
    public override ArticleParticulars Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ParticularsJson.ExpectObject(ref reader);
        var kinds = ParticularKinds.All;
        var given = new object[kinds.Count];
        for (var i = 0; i < given.Length; i++)
        {
            given[i] = kinds[i].NoneGiven;
        }
        while (ParticularsJson.NextKind(ref reader, out var at))
        {
            given[at] = kinds[at].ReadGiven(ref reader, options);
        }
        return ArticleParticulars.Of(given);
    }

    public override void Write(Utf8JsonWriter writer, ArticleParticulars value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var kinds = ParticularKinds.All;
        for (var i = 0; i < kinds.Count; i++)
        {
            writer.WritePropertyName(kinds[i].Name);
            kinds[i].WriteGiven(writer, value[i], options);
        }
        writer.WriteEndObject();
    }
}

internal static class ParticularsJson
{
    public static void ExpectObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"Particulars are an object of kinds, not {reader.TokenType}.");
        }
    }

    /// <summary>
    /// Moves to the value of the next property whose name a kind has and gives that kind's place in
    /// <see cref="ParticularKinds.All"/>; false after the object ends. Values under other names are skipped.
    /// </summary>
    public static bool NextKind(ref Utf8JsonReader reader, out int at)
    {
        while (Next(ref reader) == JsonTokenType.PropertyName)
        {
            at = ParticularKinds.IndexOf(reader.GetString() ?? string.Empty);
            Next(ref reader);
            if (at >= 0)
            {
                return true;
            }
            reader.Skip();
        }
        if (reader.TokenType != JsonTokenType.EndObject)
        {
            throw new JsonException($"Particulars hold {reader.TokenType} where a kind's name belongs.");
        }
        at = -1;
        return false;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("Particulars end before their object does.");
}
