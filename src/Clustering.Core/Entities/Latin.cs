namespace Clustering.Core.Entities;

/// <summary>
/// Strips accents from Latin letters by table. The build runs with invariant globalization, where
/// string.Normalize cannot decompose, and names arrive both with and without their accents.
/// </summary>
internal static class Latin
{
    // Lower-case letters U+00E0..U+017F and their plain forms, pairwise.
    private const string Accented = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżž";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyyaaaccccddeeeeegggghhiiiiijklllllnnnoooorrrsssstttuuuuuuwyzzz";

    public static char Fold(char c)
    {
        if (c < '\u00E0')
        {
            return c;
        }
        var at = Accented.IndexOf(c, StringComparison.Ordinal);
        return at >= 0 ? Plain[at] : c;
    }
}
