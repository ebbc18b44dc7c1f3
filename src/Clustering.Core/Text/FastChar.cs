namespace Clustering.Core.Text;

/// <summary>
/// char.IsLetterOrDigit and char.ToLowerInvariant with ASCII answered inline: nearly every
/// character of an English page is ASCII, and these run once per character in the hot loops
/// (tokens, paragraph hashes, entity keys). Same answers as the char methods for every input.
/// </summary>
internal static class FastChar
{
    public static bool IsLetterOrDigit(char c) =>
        c < 128 ? (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 : char.IsLetterOrDigit(c);

    public static char ToLowerInvariant(char c) =>
        c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c : char.ToLowerInvariant(c);
}
