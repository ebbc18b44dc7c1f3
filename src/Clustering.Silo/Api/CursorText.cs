using System.Globalization;
using System.Text;
using Clustering.Abstractions.Stories;
using Microsoft.AspNetCore.WebUtilities;

namespace Clustering.Silo.Api;

/// <summary>The story list's `cursor` query value: a <see cref="StoryCursor"/> as one URL-safe token.</summary>
internal static class CursorText
{
    public static string Write(StoryCursor cursor) => Base64UrlTextEncoder.Encode(Encoding.UTF8.GetBytes(string.Join(
        '.',
        cursor.Epoch.ToString(CultureInfo.InvariantCulture),
        cursor.AsOf.ToString(CultureInfo.InvariantCulture),
        cursor.Updated.UtcTicks.ToString(CultureInfo.InvariantCulture),
        cursor.Id)));

    public static bool TryRead(string text, out StoryCursor? cursor)
    {
        cursor = null;
        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64UrlTextEncoder.Decode(text));
        }
        catch (FormatException)
        {
            return false;
        }
        // The id comes last and may itself hold dots.
        var parts = decoded.Split('.', 4);
        if (parts.Length != 4
            || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var epoch)
            || !long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var asOf)
            || !long.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ticks)
            || ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            || parts[3].Length == 0)
        {
            return false;
        }
        cursor = new StoryCursor { Epoch = epoch, AsOf = asOf, Updated = new DateTimeOffset(ticks, TimeSpan.Zero), Id = parts[3] };
        return true;
    }
}
