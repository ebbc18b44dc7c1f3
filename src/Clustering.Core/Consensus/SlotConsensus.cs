using System.Globalization;
using Clustering.Core.Facts;

namespace Clustering.Core.Consensus;

/// <summary>
/// Turns the claims of one slot into its status and consensus value, in the spirit of truth
/// discovery with source dependence (Dong et al., VLDB 2009; CRH, SIGMOD 2014): copies are
/// folded into their original before any vote, values are compared by the intervals their
/// wording allows rather than by equality, and time separates an update from a disagreement.
/// </summary>
internal static class SlotConsensus
{
    /// <summary>Two reports closer than this speak of the same moment: if they disagree, it is a conflict, not an update.</summary>
    public static readonly TimeSpan SameMoment = TimeSpan.FromHours(3);

    /// <summary>
    /// How long a later figure still updates an earlier one: a toll is given for a week as it rises ("officials put the
    /// final toll at 38" three days on, "71 spectators were injured" two days after "63"). A different figure weeks later
    /// (a trial, an anniversary, a round-up of other shootings) is more often about something else than a new count, so
    /// it does not replace the earlier one; it only disagrees.
    /// </summary>
    public static readonly TimeSpan UpdateHorizon = TimeSpan.FromDays(7);

    /// <summary>Counts that only grow as a story unfolds: a lower figure later is a disagreement, not news.</summary>
    private static readonly HashSet<string> Rising = new(StringComparer.Ordinal)
    {
        FactLexicon.Killed, FactLexicon.Injured, FactLexicon.Casualties, FactLexicon.Arrested, FactLexicon.Shot,
    };

    public static FactSlot Compute(string slot, IReadOnlyList<Claim> claims)
    {
        var witnesses = Witnesses(claims);
        var values = Values(claims, witnesses);
        var rising = Rising.Contains(slot);
        var current = witnesses.Where(w => !IsSuperseded(w, witnesses, rising)).ToList();
        var status = StatusOf(witnesses, rising);
        var consensus = Choose(current, status, rising, claims);
        return new FactSlot(slot, status, values, consensus);
    }

    /// <summary>
    /// One voice per family of copies: the original's claim, or, when the original is silent on
    /// this slot, the family's earliest claim. A copy never adds a second voice. A later copy by the
    /// original's own outlet is its next version (a wire's write-through: "toll rises to 23" over
    /// "killing at least 14"), and speaks for the family from then on.
    /// </summary>
    private static List<Claim> Witnesses(IReadOnlyList<Claim> claims)
    {
        var byFamily = new Dictionary<string, Claim>(StringComparer.Ordinal);
        foreach (var claim in claims)
        {
            if (!byFamily.TryGetValue(claim.Original, out var known) || (known.IsCopy && !claim.IsCopy) || IsNextVersion(claim, known))
            {
                byFamily[claim.Original] = claim;
            }
        }
        return [.. byFamily.Values.OrderBy(c => c.Time)];
    }

    private static bool IsNextVersion(Claim claim, Claim known) =>
        claim.IsCopy && claim.Time > known.Time && claim.Outlet is { } outlet && known.Outlet is { } knownOutlet
        && string.Equals(outlet, knownOutlet, StringComparison.OrdinalIgnoreCase) && claim.Value != known.Value;

    private static List<FactValue> Values(IReadOnlyList<Claim> claims, List<Claim> witnesses)
    {
        var values = new List<FactValue>();
        foreach (var group in claims.GroupBy(c => c.Value).OrderBy(g => g.Min(c => c.Time)).ThenBy(g => g.Key))
        {
            // The wording shown is the first witness's, else the first copy's.
            var shown = group.FirstOrDefault(witnesses.Contains) ?? group.First();
            var q = shown.Quantity;
            values.Add(new FactValue(
                q.Value, q.Qualifier, q.Low, q.High, q.Text, q.Attribution,
                [.. group.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal)],
                group.Count(witnesses.Contains),
                group.Min(c => c.Time), group.Max(c => c.Time)));
        }
        return values;
    }

    /// <summary>
    /// A claim is superseded by a later one it cannot agree with, given well after it (and, for a
    /// count that only rises, higher). What is left is what the story says now.
    /// </summary>
    private static bool IsSuperseded(Claim claim, List<Claim> witnesses, bool rising) =>
        witnesses.Exists(later => IsUpdateOf(later, claim, rising));

    /// <summary>
    /// A new count is news an outlet leads with; one deep in a follow-up ("eight people were taken to
    /// the hospital", told in passing in a report on an arrest) more often counts others than the toll.
    /// Two figures within <see cref="SameMoment"/> disagree unless the later says it rose ("the toll
    /// rose to 58"): a disaster's toll climbs by the hour. A higher count that tells the toll replaces an
    /// earlier one its hedge would allow ("some 340 injured" two days after "318"): it is the count now. A count that
    /// says the one before was wrong ("revised down to 46 after six bodies were counted twice") replaces it, lower or not.
    /// </summary>
    private static bool IsUpdateOf(Claim later, Claim earlier, bool rising) =>
        (later.Quantity.Offset < NearTop || later.TellsTheToll) && (later.Time - earlier.Time >= SameMoment || (later.Time > earlier.Time && later.SaysItRose))
        && later.Time - earlier.Time <= UpdateHorizon
        && (!later.IsCompatibleWith(earlier) || (rising && later.TellsTheToll)) && (!rising || later.Value > earlier.Value || later.Quantity.Revised);

    private static FactStatus StatusOf(List<Claim> witnesses, bool rising)
    {
        if (witnesses.Count <= 1)
        {
            return FactStatus.SingleSource;
        }
        if (witnesses.All(w => w.Value == witnesses[0].Value))
        {
            return FactStatus.Agreed;
        }
        if (witnesses.Max(w => w.Quantity.Low) <= witnesses.Min(w => w.Quantity.High))
        {
            return FactStatus.Compatible;
        }
        var updates = UpdateChains(witnesses, rising);
        var updated = false;
        for (var i = 0; i < witnesses.Count; i++)
        {
            for (var j = i + 1; j < witnesses.Count; j++)
            {
                if (witnesses[i].IsCompatibleWith(witnesses[j]))
                {
                    continue;
                }
                if (!updates[i, j])
                {
                    return FactStatus.Conflict;
                }
                updated = true;
            }
        }
        return updated ? FactStatus.Updated : FactStatus.Compatible;
    }

    /// <summary>
    /// Whether the witness at j updates the one at i (witnesses in time order), directly or through
    /// updates in between: a quake's toll given each day for a week climbs from the first count to
    /// the last, though the two lie further apart than <see cref="UpdateHorizon"/>.
    /// </summary>
    private static bool[,] UpdateChains(List<Claim> witnesses, bool rising)
    {
        var n = witnesses.Count;
        var updates = new bool[n, n];
        for (var j = 0; j < n; j++)
        {
            // From the nearest earlier witness back, so that every hop k → j is known when i → j asks for it.
            for (var i = j - 1; i >= 0; i--)
            {
                updates[i, j] = IsUpdateOf(witnesses[j], witnesses[i], rising);
                for (var k = i + 1; k < j && !updates[i, j]; k++)
                {
                    updates[i, j] = updates[i, k] && updates[k, j];
                }
            }
        }
        return updates;
    }

    /// <summary>
    /// The value most current witnesses allow: a witness that states it counts its full weight,
    /// one whose interval merely contains it half. A witness weighs by where its article states the
    /// figure (<see cref="Prominence"/>). Ties go to the more precise wording, then to the earlier
    /// report (later supersessions are already out; among the rest, first reports are about the
    /// event itself, later ones mention it in passing), then for rising counts to the higher figure.
    /// </summary>
    private static FactConsensus Choose(List<Claim> current, FactStatus status, bool rising, IReadOnlyList<Claim> all)
    {
        Claim? best = null;
        var bestScore = double.MinValue;
        foreach (var candidate in current)
        {
            var score = 0.0;
            foreach (var witness in current)
            {
                score += Prominence(witness) * (witness.Value == candidate.Value ? 1 : witness.Allows(candidate.Value) ? 0.5 : 0);
            }
            if (best is null || score > bestScore + 1e-9 || (Math.Abs(score - bestScore) <= 1e-9 && Beats(candidate, best, rising)))
            {
                best = candidate;
                bestScore = score;
            }
        }
        best ??= all[0];
        var rule = status switch
        {
            FactStatus.SingleSource => "single source",
            FactStatus.Agreed => "all independent sources agree",
            FactStatus.Compatible => "compatible values, most supported",
            FactStatus.Updated => "latest update",
            _ => "most independent support",
        };
        return new FactConsensus(best.Value, best.Quantity.Qualifier, rule, Explain(best, current, all, rule));
    }

    private static bool Beats(Claim candidate, Claim best, bool rising)
    {
        var (a, b) = (Precision(candidate.Quantity.Qualifier), Precision(best.Quantity.Qualifier));
        if (a != b)
        {
            return a > b;
        }
        if (candidate.Time != best.Time)
        {
            return candidate.Time < best.Time;
        }
        return rising && candidate.Value > best.Value;
    }

    /// <summary>
    /// A figure in the headline is what the outlet says the story is; one in the lead nearly so;
    /// deeper in the body, figures are more often partial counts, context or other events.
    /// </summary>
    private static double Prominence(Claim claim) => claim.Quantity.Offset switch
    {
        < 0 => 1.0,
        0 => 0.9,
        < NearTop => 0.7,
        _ => 0.5,
    };

    /// <summary>Characters from the top of the body within which a figure still belongs to the opening paragraphs.</summary>
    internal const int NearTop = 400;

    private static int Precision(string qualifier) => qualifier switch
    {
        Qualifiers.Exact => 3,
        Qualifiers.About or Qualifiers.Nearly => 2,
        Qualifiers.MoreThan or Qualifiers.AtLeast or Qualifiers.UpTo or Qualifiers.FewerThan => 1,
        _ => 0,
    };

    /// <summary>The outlets of the claims (an article without one by its id), each once, with how many of its articles when more than one.</summary>
    private static List<string> Names(IEnumerable<Claim> claims) => [.. claims
        .GroupBy(claim => claim.Label, StringComparer.Ordinal)
        .Select(group => group.Count() > 1 ? $"{group.Key} ×{group.Count()}" : group.Key)];

    private static string Explain(Claim best, List<Claim> current, IReadOnlyList<Claim> all, string rule)
    {
        var value = best.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        var stating = Names(current.Where(w => w.Value == best.Value));
        var allowing = Names(current.Where(w => w.Value != best.Value && w.Allows(best.Value)));
        var against = Names(current.Where(w => !w.Allows(best.Value)));
        var copies = all.Where(c => c.IsCopy).Select(c => $"{c.Label} copies {c.OriginalLabel}").Distinct(StringComparer.Ordinal).ToList();
        var superseded = Names(all.Where(c => !c.IsCopy && !current.Contains(c)));
        var parts = new List<string> { $"{value} ({best.Quantity.Qualifier}) by {rule}: stated by {string.Join(", ", stating)}" };
        if (allowing.Count > 0)
        {
            parts.Add($"allowed by {string.Join(", ", allowing)}");
        }
        if (against.Count > 0)
        {
            parts.Add($"disputed by {string.Join(", ", against)}");
        }
        if (superseded.Count > 0)
        {
            parts.Add($"superseded by later reports: {string.Join(", ", superseded)}");
        }
        if (copies.Count > 0)
        {
            parts.Add($"no weight for copies ({string.Join(", ", copies)})");
        }
        return string.Join("; ", parts);
    }
}
