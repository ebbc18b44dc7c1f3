using System.Globalization;
using System.Text.RegularExpressions;
using Clustering.Core.Assignment;
using Clustering.Core.Particulars;
using Clustering.Core.Text;

namespace Clustering.Core.Dates;

/// <summary>
/// The years a report writes ("at Macworld 2009", "since June 2012", "the 2013 heist"). Two events of
/// one kind are often years apart, and each side's reports write its own years while the other's
/// never come up; reports of one event write the same year, if any. A story keeps those of its first
/// articles; the measure is whether both sides write years and share none, taken only when the pair
/// has no dates to compare.
/// </summary>
public sealed partial class YearsWritten : ParticularKind<IReadOnlyList<int>, List<int>>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static YearsWritten Kind { get; } = new();

    private YearsWritten()
    {
    }

    /// <summary>How far into the body years are read: the news, not the history at the end.</summary>
    public const int Reach = 3000;

    /// <summary>How many years one article contributes, in the order written.</summary>
    public const int PerArticle = 4;

    /// <summary>How many a story keeps: those of its first articles.</summary>
    public const int PerStory = 8;

    public override string Name => "years";

    public override IReadOnlyList<int> None => [];

    /// <summary>None from a headline alone: a year in a headline feed is a season or an edition ("2014 Oscars"), and too little text to show the others.</summary>
    public override IReadOnlyList<int> Read(ParticularsSource source) =>
        source.Readout.Lead.Length == 0 ? None : Of(source.Readout.Title + "\n" + (source.Readout.Body.Length > Reach ? source.Readout.Body[..Reach] : source.Readout.Body));

    /// <summary>The first <see cref="PerArticle"/> distinct years the text writes as years (not amounts, not parts of numbers).</summary>
    public static int[] Of(string text)
    {
        var years = new List<int>(PerArticle);
        foreach (Match match in SafeRegex.Matches(YearExpression(), text))
        {
            var year = int.Parse(match.ValueSpan, CultureInfo.InvariantCulture);
            if (!years.Contains(year))
            {
                years.Add(year);
                if (years.Count == PerArticle)
                {
                    break;
                }
            }
        }
        return [.. years];
    }

    public override void Add(List<int> kept, IReadOnlyList<int> given) => Features.FirstDistinct.AddTo(kept, given, PerStory);

    public override void Merge(List<int> kept, List<int> other) => Features.FirstDistinct.AddTo(kept, other, PerStory);

    /// <summary>A story's years stand for an article's: a story that merges writes the years its reports write.</summary>
    public override IReadOnlyList<int> AsGiven(List<int> kept) => [.. kept];

    /// <summary>Only when the pair has no dates: where both are dated, how far apart they lie says more than the years a text recalls.</summary>
    public override void Measure(IReadOnlyList<int> given, List<int> kept, in ParticularsMeasuring context, MatchMeasures measures) =>
        measures.OtherYear = !context.Timed && Disagree(given, kept) ? 1f : 0f;

    /// <summary>Both sides write years and none is on both. False when either writes none: nothing is known.</summary>
    public static bool Disagree(IReadOnlyList<int> article, IReadOnlyList<int> story)
    {
        if (article.Count == 0 || story.Count == 0)
        {
            return false;
        }
        foreach (var year in article)
        {
            if (story.Contains(year))
            {
                return false;
            }
        }
        return true;
    }

    // A year of this century or the last half of the one before, standing alone: not "1,999", "$2012", "2012.5" or a phone number's digits.
    [GeneratedRegex(@"(?<![\d,.$£€/-])(?:19[5-9]\d|20[0-4]\d)(?!\d|[,.]\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex YearExpression();
}
