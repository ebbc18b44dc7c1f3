namespace Clustering.Core.Facts;

/// <summary>One count as the reader works it out: the phrase that states it, its noun group, and the slot its clause gives it.</summary>
internal struct Count
{
    /// <summary>The token the count starts at, and the one its hedge starts at ("more than 300").</summary>
    public int Start;
    public int QualifierStart;

    /// <summary>The token after the count phrase ("2,000", "a dozen", "one-third of").</summary>
    public int End;

    public double Value;
    public QuantityKind Kind;
    public string Qualifier;
    public QuantityRole Role;

    /// <summary>A count of one ("a man", "one", "both") is read only with a slot the clause gives it.</summary>
    public bool NeedsSlot;

    /// <summary>"a third man was wounded": one more after those already counted.</summary>
    public bool OneMore;

    /// <summary>The ordinal of a <see cref="OneMore"/> count ("a third man": 3); 0 when none.</summary>
    public double Ordinal;

    /// <summary>The noun the count counts (-1 when none), the slot the noun names itself, and whether it counts people.</summary>
    public int NounAt;
    public string? SlotNoun;
    public string? NounWord;
    public bool PersonLike;

    /// <summary>Where the predicate starts when a list between commas stands between the noun and its verb.</summary>
    public int PredicateFrom;

    public string? Slot;
    public int LastToken;

    /// <summary>Where the wording shown starts when it starts before the count: a toll's words ("toll rose to 58"); -1 otherwise.</summary>
    public int TextFrom;
}
