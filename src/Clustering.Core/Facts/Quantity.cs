namespace Clustering.Core.Facts;

/// <summary>Whether a quantity counts things or gives a share of them ("half of the crew").</summary>
public enum QuantityKind
{
    Count,
    Fraction,
}

/// <summary>
/// How a quantity stands to the others of its slot in the same article: stated on its own, an
/// addition to an earlier one ("an additional 500"), or the sum of the two that we worked out.
/// A consumer that wants one value per slot prefers <see cref="Total"/> over its parts.
/// <see cref="Implied"/> is no number at all: the article tells of one victim without counting
/// ("a boy was shot and killed"), and the count gives way to any stated one.
/// <see cref="RoundUp"/> is a victim count of an article that tells of several shootings at once
/// (<see cref="Packs.Shooting.RoundUps"/>): it speaks for no single incident, and gives way to any other count.
/// </summary>
public enum QuantityRole
{
    Stated,
    Addition,
    Total,
    Implied,
    RoundUp,
}

/// <summary>
/// A number as an article states it. <see cref="Slot"/> is the canonical name of what is counted
/// (killed, injured, casualties, troops, missing, arrested, displaced, shot) or the counted noun's
/// own lemma. <see cref="Low"/>..<see cref="High"/> is the interval the wording allows
/// ("more than 10,000" → 10,000..20,000), so that two values can be judged compatible.
/// <see cref="Offset"/> is where the sentence that states it starts in the text it was read from.
/// <see cref="Tally"/>: its sentence gives its counts as the whole or the latest ("61 were injured in total",
/// "according to the latest figures"): the event's running count, however deep in the report. <see cref="Revised"/>:
/// its sentence says an earlier figure was wrong ("revised down", "counted twice", "not 52 as previously reported"),
/// so it may be lower than the count before it.
/// </summary>
public sealed record Quantity(
    string Slot,
    double Value,
    double Low,
    double High,
    string Qualifier,
    string Text,
    string? Attribution,
    QuantityKind Kind = QuantityKind.Count,
    QuantityRole Role = QuantityRole.Stated,
    int Offset = 0,
    bool Tally = false,
    bool Revised = false)
{
    /// <summary>True when the two readings can both be true of the same thing.</summary>
    public bool IsCompatibleWith(Quantity other) =>
        Kind == other.Kind && Low <= other.High && other.Low <= High;
}
