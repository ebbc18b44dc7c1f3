using System.Globalization;
using Clustering.Core.Consensus;

namespace Clustering.Core.Packs.Shooting;

/// <summary>
/// Slots a story can fill from others when no article names them. "Four people were shot, one
/// fatally" tells the wounded without the word: those shot and not killed. Worked out from the
/// story's consensus values, not per article, because one article often gives the shot and
/// another the dead.
/// </summary>
internal static class DerivedFacts
{
    public const string Rule = "derived: shot minus killed";

    public static FactSlot? InjuredFromShot(FactSlot shot, FactSlot? killed)
    {
        if (killed is not null && CountsAWiderTally(killed.Consensus.Value, shot.Consensus.Value))
        {
            killed = null;
        }
        var dead = killed?.Consensus.Value ?? 0;
        var wounded = shot.Consensus.Value - dead;
        if (wounded < 0)
        {
            return null;
        }
        var shotValue = shot.Values.FirstOrDefault(v => v.Value == shot.Consensus.Value) ?? shot.Values[0];
        var killedValue = killed?.Values.FirstOrDefault(v => v.Value == dead);
        var sources = shotValue.Sources.Concat(killedValue?.Sources ?? []).Distinct(StringComparer.Ordinal).ToList();
        var text = killedValue is null ? shotValue.Text : $"{shotValue.Text} − {killedValue.Text}";
        var value = new FactValue(
            wounded, shot.Consensus.Qualifier, Math.Max(0, shotValue.Low - (killedValue?.High ?? 0)), Math.Max(0, shotValue.High - (killedValue?.Low ?? 0)),
            text, shotValue.Attribution, sources, shotValue.IndependentSources,
            killedValue is null ? shotValue.FirstSeen : Min(shotValue.FirstSeen, killedValue.FirstSeen),
            killedValue is null ? shotValue.LastSeen : Max(shotValue.LastSeen, killedValue.LastSeen));
        var explanation = string.Create(CultureInfo.InvariantCulture,
            $"{wounded:#,0.##} by {Rule}: {shot.Consensus.Value:#,0.##} shot ({shot.Consensus.Rule}) less {dead:#,0.##} killed ({killed?.Consensus.Rule ?? "none reported"}); no article names the injured");
        // Many stories read alike ("1 … 1 shot … less 0 killed"): one string for each wording.
        return new FactSlot(Facts.FactLexicon.Injured, shot.Status, [value], new FactConsensus(wounded, shot.Consensus.Qualifier, Rule, Text.SharedStrings.Of(explanation)));
    }

    /// <summary>
    /// "Seven were shot" beside "45 people were killed" from a paragraph on the city's year: a toll
    /// many times those shot counts some wider tally, not this shooting, so it takes none from the
    /// wounded. A toll a little over those shot (one died later, one was stabbed) still does.
    /// </summary>
    public static bool CountsAWiderTally(double dead, double shot) => dead >= 10 && dead > 5 * shot;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
