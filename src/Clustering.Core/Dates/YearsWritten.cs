using System.Globalization;
using System.Text.RegularExpressions;
using Clustering.Core.Assignment;
using Clustering.Core.Particulars;
using Clustering.Core.Text;

namespace Clustering.Core.Dates;

/// <summary>
/// The years a report writes ("at the 2009 trade fair", "since June 2012", "the 2013 heist"). Two events of
/// one kind are often years apart, and each side's reports write its own years while the other's
/// never come up; reports of one event write the same year, if any. A year a report recalls (a decade,
/// "since 1991") is history, not its news': it is kept negated, ties two sides that both write it, and
/// alone dates nothing. A story keeps those of its first articles; the measure is whether both sides
/// date their news by years and share none, taken only when the pair has no dates to compare.
/// </summary>
public sealed partial class YearsWritten : FirstDistinctKind<int>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static YearsWritten Kind { get; } = new();

    private YearsWritten()
        : base(PerStory)
    {
    }

    /// <summary>How far into the body years are read: the news, not the history at the end.</summary>
    public const int Reach = 3000;

    /// <summary>How many years one article contributes, in the order written.</summary>
    public const int PerArticle = 4;

    /// <summary>How many a story keeps: those of its first articles.</summary>
    public const int PerStory = 8;

    public override string Name => "years";

    /// <summary>
    /// None from a headline alone: a feed of titles is too little text to show which years a report
    /// writes and which it never does. Once a body backs it, the headline's years count with the body's.
    /// </summary>
    public override IReadOnlyList<int> Read(ParticularsSource source)
    {
        var readout = source.Readout;
        if (readout.Lead.Length == 0)
        {
            return None;
        }
        var years = new List<int>(PerArticle);
        AddFrom(readout.Title, readout.Title.Length, years);
        AddFrom(readout.Body, Math.Min(readout.Body.Length, Reach), years);
        return years;
    }

    /// <summary>
    /// The first <see cref="PerArticle"/> distinct years the text writes: four digits from 1950 to 2049
    /// (the years of the news, not of the history a report recalls) standing alone, not an amount
    /// written with a comma, a decimal point or a currency sign, not part of a longer number, not a
    /// block number ("the 2000 block of Elm Street"). A bare round count ("2000 troops") still reads as
    /// a year; reports seldom write one without a comma. A recalled year (<see cref="Recalled"/>) comes negated.
    /// </summary>
    public static int[] Of(string text)
    {
        var years = new List<int>(PerArticle);
        AddFrom(text, text.Length, years);
        return [.. years];
    }

    /// <summary>Adds the years in the first <paramref name="length"/> characters of the text that the list lacks, while it has room.</summary>
    private static void AddFrom(string text, int length, List<int> years)
    {
        foreach (Match match in SafeRegex.Matches(YearExpression(), text, 0, length))
        {
            if (years.Count == PerArticle)
            {
                return;
            }
            var year = int.Parse(match.ValueSpan, CultureInfo.InvariantCulture);
            if (Recalled(text, match.Index, match.Length))
            {
                year = -year;
            }
            if (!years.Contains(year) && !years.Contains(-year))
            {
                years.Add(year);
            }
        }
    }

    /// <summary>
    /// A year the report recalls rather than dates its news by: a decade ("the 1960s") or the start of a
    /// span that runs to now ("the worst since 1991", "since July 2005").
    /// </summary>
    private static bool Recalled(string text, int at, int length)
    {
        var end = at + length;
        if (end < text.Length && (text[end] is 's' or 'S' || (end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's')))
        {
            return true;
        }
        return SinceBefore().IsMatch(text.AsSpan(Math.Max(0, at - 24), at - Math.Max(0, at - 24)));
    }

    [GeneratedRegex(@"\bsince\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)\s+)?(?:[A-Za-z]+\.?\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex SinceBefore();

    /// <summary>Every distinct year the text writes, as <see cref="Of"/> reads them: what a page's own date may take its year from.</summary>
    public static HashSet<int> All(string text)
    {
        var years = new HashSet<int>();
        foreach (Match match in SafeRegex.Matches(YearExpression(), text))
        {
            years.Add(int.Parse(match.ValueSpan, CultureInfo.InvariantCulture));
        }
        return years;
    }

    /// <summary>Only when the pair has no dates: where both are dated, how far apart they lie says more than the years a text recalls.</summary>
    public override void Measure(IReadOnlyList<int> given, List<int> kept, in ParticularsMeasuring context, MatchMeasures measures) =>
        measures.OtherYear = !context.Timed && Disagree(given, kept) ? 1f : 0f;

    /// <summary>
    /// Both sides date their news by a year and no year is on both, recalled or not. False when either
    /// writes none, or only years it recalls (kept negated: "since 1991" is -1991): nothing is known.
    /// </summary>
    public static bool Disagree(IReadOnlyList<int> article, IReadOnlyList<int> story)
    {
        if (!DatesNews(article) || !DatesNews(story))
        {
            return false;
        }
        foreach (var year in article)
        {
            if (story.Contains(year) || story.Contains(-year))
            {
                return false;
            }
        }
        return true;
    }

    private static bool DatesNews(IReadOnlyList<int> years)
    {
        foreach (var year in years)
        {
            if (year > 0)
            {
                return true;
            }
        }
        return false;
    }

    // A year standing alone: not "1,999", "$2012", "2012.5", a phone number's digits or "the 2000 block".
    [GeneratedRegex(@"(?<![\d,.$£€/-])(?:19[5-9]\d|20[0-4]\d)(?!\d|[,.]\d|\s+block\b)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 500)]
    private static partial Regex YearExpression();
}
