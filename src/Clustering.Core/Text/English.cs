using Clustering.Core.Packs;

namespace Clustering.Core.Text;

/// <summary>The language's own words (english.lexicon): how sources, hedges and addresses are written in any news.</summary>
internal static class English
{
    public static Lexicon Words { get; } = Lexicon.FromResource("Clustering.Core.Text.english.lexicon");
}
