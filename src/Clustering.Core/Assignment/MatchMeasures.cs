namespace Clustering.Core.Assignment;

/// <summary>
/// What one (article, candidate story) pair measures, each measure by name (<see cref="MatchFeatures.Compute(Features.ArticleFeatures, Features.TermVector, IReadOnlyList{Features.TermVector}, IReadOnlyList{string}, DateTimeOffset, DateTimeOffset, int, Particulars.StoryParticulars)"/>
/// says how each is taken). The model weighs them, and `clustering tune` fits them, as a vector in
/// the order of <see cref="Layout"/>: a new measure is a property, a line in the layout and a line
/// in the computation, and a model fitted before it came gives it no weight.
/// </summary>
public sealed class MatchMeasures
{
    public float CentroidCos { get; set; }

    public float NearestCos { get; set; }

    public float EntityCos { get; set; }

    /// <summary>ln(1 + days the article lies outside the story's span); 0 inside it or when either has no date.</summary>
    public float LogDaysApart { get; set; }

    /// <summary>ln(1 + the story's size), which merges read to go only into a larger story.</summary>
    public float LogStorySize { get; set; }

    public float CentroidCosShort { get; set; }

    public float NearestCosShort { get; set; }

    public float SharedTerms { get; set; }

    public float SecondNearestCos { get; set; }

    public float LogMinutesSinceLast { get; set; }

    public float LogMinutesSinceFirst { get; set; }

    public float LogMinutesSinceLastShort { get; set; }

    public float LogMinutesSinceFirstShort { get; set; }

    public float NearestOtherSourceCos { get; set; }

    public float SharedNames { get; set; }

    public float EventDayKnown { get; set; }

    public float LogEventDaysApart { get; set; }

    public float SharedRareNamesBeyondOne { get; set; }

    public float SharedAddress { get; set; }

    public float OtherAddress { get; set; }

    public float OtherPlace { get; set; }

    public float SharedPerson { get; set; }

    public float NamesUnshared { get; set; }

    public float PersonsUnshared { get; set; }

    /// <summary>1 − the article's shortness when the pair has no time (the article or the story undated): a long page must then match on its words alone.</summary>
    public float UndatedLong { get; set; }

    /// <summary>1 when the article and the story both write years and share none (<see cref="Dates.YearsWritten"/>).</summary>
    public float OtherYear { get; set; }

    /// <summary>
    /// The article's shortness times its closer cosine (to the story's centroid or nearest member) when
    /// the pair has no time: the minute measures then read a day apart, which a short dated report
    /// seldom is from its story; what they take is given back as far as the words agree.
    /// </summary>
    public float UndatedShort { get; set; }

    /// <summary>Every measure in the model's order, with how the one-word time rule treats it.</summary>
    public static IReadOnlyList<Measure> Layout { get; } =
    [
        new("centroidCos", m => m.CentroidCos, (m, v) => m.CentroidCos = v),
        new("nearestCos", m => m.NearestCos, (m, v) => m.NearestCos = v),
        new("entityCos", m => m.EntityCos, (m, v) => m.EntityCos = v),
        new("logDaysApart", m => m.LogDaysApart, (m, v) => m.LogDaysApart = v),
        new("logStorySize", m => m.LogStorySize, (m, v) => m.LogStorySize = v),
        new("centroidCosShort", m => m.CentroidCosShort, (m, v) => m.CentroidCosShort = v),
        new("nearestCosShort", m => m.NearestCosShort, (m, v) => m.NearestCosShort = v),
        new("sharedTerms", m => m.SharedTerms, (m, v) => m.SharedTerms = v),
        new("secondNearestCos", m => m.SecondNearestCos, (m, v) => m.SecondNearestCos = v),
        new("logMinutesSinceLast", m => m.LogMinutesSinceLast, (m, v) => m.LogMinutesSinceLast = v, MeasureTime.Minutes),
        new("logMinutesSinceFirst", m => m.LogMinutesSinceFirst, (m, v) => m.LogMinutesSinceFirst = v, MeasureTime.Minutes),
        new("logMinutesSinceLastShort", m => m.LogMinutesSinceLastShort, (m, v) => m.LogMinutesSinceLastShort = v, MeasureTime.MinutesShort),
        new("logMinutesSinceFirstShort", m => m.LogMinutesSinceFirstShort, (m, v) => m.LogMinutesSinceFirstShort = v, MeasureTime.MinutesShort),
        new("nearestOtherSourceCos", m => m.NearestOtherSourceCos, (m, v) => m.NearestOtherSourceCos = v),
        new("sharedNames", m => m.SharedNames, (m, v) => m.SharedNames = v),
        new("eventDayKnown", m => m.EventDayKnown, (m, v) => m.EventDayKnown = v),
        new("logEventDaysApart", m => m.LogEventDaysApart, (m, v) => m.LogEventDaysApart = v),
        new("sharedRareNamesBeyondOne", m => m.SharedRareNamesBeyondOne, (m, v) => m.SharedRareNamesBeyondOne = v),
        new("sharedAddress", m => m.SharedAddress, (m, v) => m.SharedAddress = v),
        new("otherAddress", m => m.OtherAddress, (m, v) => m.OtherAddress = v),
        new("otherPlace", m => m.OtherPlace, (m, v) => m.OtherPlace = v),
        new("sharedPerson", m => m.SharedPerson, (m, v) => m.SharedPerson = v),
        new("namesUnshared", m => m.NamesUnshared, (m, v) => m.NamesUnshared = v),
        new("personsUnshared", m => m.PersonsUnshared, (m, v) => m.PersonsUnshared = v),
        new("undatedLong", m => m.UndatedLong, (m, v) => m.UndatedLong = v),
        new("otherYear", m => m.OtherYear, (m, v) => m.OtherYear = v),
        new("undatedShort", m => m.UndatedShort, (m, v) => m.UndatedShort = v, MeasureTime.GivesBackDayApart),
    ];

    /// <summary>The measures' names in <see cref="Layout"/> order, as a model file lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Layout.Select(measure => measure.Name)];

    /// <summary>Where a named measure sits in <see cref="Layout"/>; -1 for a name no measure has.</summary>
    public static int IndexOf(string name)
    {
        for (var i = 0; i < Layout.Count; i++)
        {
            if (string.Equals(Layout[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The measures in <see cref="Layout"/> order: what crosses the wire and what the tuner fits.</summary>
    public float[] ToVector()
    {
        var vector = new float[Layout.Count];
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i] = Layout[i].Get(this);
        }
        return vector;
    }

    /// <summary>Reads a vector in <see cref="Layout"/> order back; measures past its end read 0 (a shorter vector is an older one).</summary>
    public static MatchMeasures FromVector(ReadOnlySpan<float> vector)
    {
        var measures = new MatchMeasures();
        for (var i = 0; i < vector.Length && i < Layout.Count; i++)
        {
            Layout[i].Set(measures, vector[i]);
        }
        return measures;
    }

    public MatchMeasures Clone() => (MatchMeasures)MemberwiseClone();
}

/// <summary>One measure: its name in model files, and how the one-word time rule treats it.</summary>
public sealed record Measure(string Name, Func<MatchMeasures, float> Get, Action<MatchMeasures, float> Set, MeasureTime Time = MeasureTime.None);

/// <summary>Whether a measure is a closeness in minutes, which a one-word match reads as a day apart (<see cref="MatchFeatures.TimeCounts"/>).</summary>
public enum MeasureTime
{
    None,

    /// <summary>ln(1 + minutes).</summary>
    Minutes,

    /// <summary>ln(1 + minutes) scaled by the article's shortness.</summary>
    MinutesShort,

    /// <summary>Gives back what the minute measures' day apart costs a pair with no time; a one-word match is judged a day apart whether or not it has one, so the rule sets it to 0.</summary>
    GivesBackDayApart,
}
