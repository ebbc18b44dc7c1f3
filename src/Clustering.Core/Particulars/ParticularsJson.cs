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

    public override void Write(Utf8JsonWriter writer, StoryParticulars value, JsonSerializerOptions options) =>
        ParticularsJson.Write(writer, value, options);
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
        return ArticleParticulars.FromValues(given);
    }

    public override void Write(Utf8JsonWriter writer, ArticleParticulars value, JsonSerializerOptions options) =>
        ParticularsJson.Write(writer, value, options);
}

/// <summary>One value of each kind, in the order of <see cref="ParticularKinds.All"/>: what both units are to their JSON.</summary>
internal interface IValuesByKind
{
    object this[int index] { get; }
}

internal static class ParticularsJson
{
    /// <summary>Writes each kind's value under its name, as the value's own type (a kind's reader reads it back as its own).</summary>
    public static void Write(Utf8JsonWriter writer, IValuesByKind values, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        var kinds = ParticularKinds.All;
        for (var i = 0; i < kinds.Count; i++)
        {
            writer.WritePropertyName(kinds[i].Name);
            JsonSerializer.Serialize(writer, values[i], values[i].GetType(), options);
        }
        writer.WriteEndObject();
    }

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
