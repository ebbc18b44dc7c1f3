using Clustering.Core.Features;
using Clustering.Core.Particulars;

namespace Clustering.Core.Assignment;

/// <summary>
/// What is measured of one (article, candidate story) pair, for the learned ranker. Every value is
/// general (no word lists, no data-set switch): content fit to the story as a whole and to its
/// closest member, fit on named entities alone, distance in time, and how much evidence each side has.
/// </summary>
public static class MatchFeatures
{
    /// <summary>How many measures there are (<see cref="MatchMeasures.Layout"/>).</summary>
    public static int Count => MatchMeasures.Layout.Count;

    /// <summary>More shared rare names than this say no more: the same event is named either way.</summary>
    public const int SharedRareNamesCap = 3;

    /// <summary>The measures' names in the model's order.</summary>
    public static IReadOnlyList<string> Names => MatchMeasures.Names;

    public static MatchMeasures Compute(ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, DateTimeOffset first, DateTimeOffset last, int storySize) =>
        Compute(article, centroid, members, [], first, last, storySize);

    /// <param name="memberSources">Who published each member, in order; missing or empty: unknown, which counts as another source.</param>
    public static MatchMeasures Compute(ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, IReadOnlyList<string> memberSources, DateTimeOffset first, DateTimeOffset last, int storySize) =>
        Compute(article, centroid, members, memberSources, first, last, storySize, new StoryParticulars());

    /// <param name="story">What the story keeps of its articles' particulars (<see cref="StoryParticulars"/>): days, blocks, towns, people.</param>
    public static MatchMeasures Compute(
        ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, IReadOnlyList<string> memberSources,
        DateTimeOffset first, DateTimeOffset last, int storySize, StoryParticulars story)
    {
        var overlap = Overlap(article, centroid);
        var centroidCos = overlap.Dot;
        // The best and second-best recent member: a story two of whose articles say what this one
        // says is surer than one that shares a single word with one article ("voice", "closes").
        // And the nearest member from another publisher: a site's pages share its chrome, bylines and
        // house phrases, so two of its reports on two shootings in one city look alike.
        float nearest = 0f, second = 0f, otherSource = 0f;
        for (var m = 0; m < members.Count; m++)
        {
            var cos = members[m].Dot(article.Terms);
            var memberSource = m < memberSources.Count ? memberSources[m] : string.Empty;
            if (article.Source.Length == 0 || memberSource.Length == 0 || !string.Equals(memberSource, article.Source, StringComparison.OrdinalIgnoreCase))
            {
                otherSource = MathF.Max(otherSource, cos);
            }
            if (cos > nearest)
            {
                (nearest, second) = (cos, nearest);
            }
            else if (cos > second)
            {
                second = cos;
            }
        }
        // A story with no dated article has first = last = default: its span, like an undated article's time, is unknown.
        var outside = !article.Dated || first == default ? TimeSpan.Zero
            : article.Time < first ? first - article.Time : article.Time > last ? article.Time - last : TimeSpan.Zero;
        // Short articles (headlines) have few terms and low cosines. The size enters only multiplied
        // by a similarity, so it can lower the bar for a headline but never lets a long article with
        // nothing in common pass: one rule for headlines and full pages alike.
        var shortness = 1f - MathF.Min(1f, article.Terms.Count / 32f);
        // How long the story has run and how long it has been quiet, as seen from this article: a
        // daily story ("stocks close lower") recurs in the same words, a new day is often a new story.
        var known = article.Dated && first != default;
        // In minutes: a burst of reports on one event comes minutes apart, and a source that gives
        // only a date puts its articles 0 or at least 1,440 minutes apart, which the log evens out.
        // Unknown time is no evidence either way: measured as a day apart, like a one-word match.
        var sinceLast = known ? Math.Abs((article.Time - last).TotalMinutes) : DayApartMinutes;
        var sinceFirst = known ? Math.Max(0, (article.Time - first).TotalMinutes) : DayApartMinutes;
        var minutesSinceLast = MathF.Log(1f + (float)sinceLast);
        var minutesSinceFirst = MathF.Log(1f + (float)sinceFirst);
        var measures = new MatchMeasures
        {
            CentroidCos = centroidCos,
            NearestCos = nearest,
            // Two shootings in one city share words, rarely names.
            EntityCos = overlap.EntityCos,
            LogDaysApart = MathF.Log(1f + (float)outside.TotalDays),
            LogStorySize = MathF.Log(1f + storySize),
            CentroidCosShort = centroidCos * shortness,
            NearestCosShort = nearest * shortness,
            SharedTerms = overlap.Shared,
            SecondNearestCos = second,
            LogMinutesSinceLast = minutesSinceLast,
            LogMinutesSinceFirst = minutesSinceFirst,
            // Headline feeds report an event in a burst; a full page is dated by the day and its
            // follow-ups come weeks later. Scaled like the cosines, so one model serves both.
            LogMinutesSinceLastShort = minutesSinceLast * shortness,
            LogMinutesSinceFirstShort = minutesSinceFirst * shortness,
            NearestOtherSourceCos = otherSource,
            SharedNames = overlap.SharedNames,
            // One rare full name alone may be a coincidence (a common first and last name, a shop's
            // name the entity reader took for a person's); two are one event.
            SharedRareNamesBeyondOne = MathF.Max(0, SharedRare(article.RareNames, centroid, members) - 1),
            // Two events of one kind share their event words and differ in who and where.
            NamesUnshared = NamesUnsharedBy(article, centroid),
            // Two reports of one event come close in time, so a dated page's match leans on that; a
            // long page with no date has only its words, and two events of one kind share many.
            UndatedLong = known ? 0f : 1f - shortness,
            // The missing time is no evidence against a short undated page, nor for it: one line that
            // shares a few event words with another undated story must not join it for want of a date.
            UndatedShort = known ? 0f : shortness * MathF.Max(centroidCos, nearest),
        };
        // The days, blocks, towns, people and years: each kind sets its own measures (ParticularKinds).
        story.Measure(article.Particulars, new ParticularsMeasuring(article, centroid, members, outside, known), measures);
        // Measured as the model reads them, so that `clustering tune` fits on what the model sees.
        if (!TimeCounts(measures))
        {
            JudgeADayApart(measures, shortness);
        }
        return measures;
    }

    /// <summary>
    /// Time closeness corroborates text, it is no evidence of its own: an article that shares a single
    /// term with a story ("closes") is judged as if it came a day apart. In a headline set whose stories
    /// are each a burst of seconds that never overlap, a model fitted there reads the same minute as near proof;
    /// on a live feed many stories run at once and the minute says little until the words agree. One
    /// shared name ("Kelso Ridge", "iPhone") is another matter: two reports of one event seconds apart
    /// often share only it, while two unrelated headlines share a common word far more often than a name.
    /// </summary>
    public static bool TimeCounts(MatchMeasures measures) =>
        measures.SharedTerms >= CorroboratedAfterShared || measures.SharedNames >= 1;

    /// <summary>Sets the minute measures to their value a day apart (the short ones scaled by <paramref name="shortness"/>), and takes back what an undated pair was given for them.</summary>
    public static void JudgeADayApart(MatchMeasures measures, float shortness)
    {
        foreach (var measure in MatchMeasures.Layout)
        {
            switch (measure.Time)
            {
                case MeasureTime.Minutes:
                    measure.Set(measures, DayApart);
                    break;
                case MeasureTime.MinutesShort:
                    measure.Set(measures, DayApart * shortness);
                    break;
                case MeasureTime.GivesBackDayApart:
                    measure.Set(measures, 0f);
                    break;
            }
        }
    }

    /// <summary>How many terms an article must share with a story before its closeness in time counts at all.</summary>
    public const int CorroboratedAfterShared = 2;

    /// <summary>The minute measures' value a day apart: what a match on one shared word is judged at.</summary>
    public static readonly float DayApart = MathF.Log(1f + DayApartMinutes);

    private const float DayApartMinutes = 1440f;

    /// <summary>The weight of the article's name terms the story's centroid lacks, over the weight of all its name terms.</summary>
    private static float NamesUnsharedBy(ArticleFeatures article, TermVector centroid)
    {
        float all = 0, missing = 0;
        var terms = article.Terms;
        for (var i = 0; i < terms.Count; i++)
        {
            if (!article.IsName(terms.Terms[i]))
            {
                continue;
            }
            all += terms.Weights[i];
            if (!centroid.Contains(terms.Terms[i]))
            {
                missing += terms.Weights[i];
            }
        }
        return all == 0 ? 0f : missing / all;
    }

    /// <summary>
    /// How many of the article's rare full names the story holds, in its centroid or one of its recent
    /// members. The follow-up weeks later ("charged in the death of Dale Pellow") shares little else with
    /// the first report and names another day, but a name few articles have written is one event's.
    /// </summary>
    private static float SharedRare(IReadOnlyList<string> rareNames, TermVector centroid, IReadOnlyList<TermVector> members)
    {
        var shared = 0;
        foreach (var name in rareNames)
        {
            if (centroid.Contains(name) || AnyHolds(members, name))
            {
                shared++;
                if (shared == SharedRareNamesCap)
                {
                    break;
                }
            }
        }
        return shared;
    }

    /// <summary>A loop, not LINQ: it runs for every rare name of every candidate measured.</summary>
    private static bool AnyHolds(IReadOnlyList<TermVector> members, string term)
    {
        for (var i = 0; i < members.Count; i++)
        {
            if (members[i].Contains(term))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// One merge pass over the article and the centroid: their cosine (both are unit length), the
    /// cosine over entity keys ("e:…") alone — two shootings in one city share words, rarely names —
    /// and how many terms they share. This runs for every candidate of every article.
    /// </summary>
    private static (float Dot, float EntityCos, float Shared, float SharedNames) Overlap(ArticleFeatures article, TermVector b)
    {
        var a = article.Terms;
        float dot = 0, entityDot = 0;
        int shared = 0, sharedNames = 0;
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var order = string.CompareOrdinal(a.Terms[i], b.Terms[j]);
            if (order == 0)
            {
                var product = a.Weights[i] * b.Weights[j];
                dot += product;
                if (IsEntity(a.Terms[i]))
                {
                    entityDot += product;
                }
                shared++;
                if (article.IsName(a.Terms[i]))
                {
                    sharedNames++;
                }
                i++;
                j++;
            }
            else if (order < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        var entityNorms = EntityNorm(a) * EntityNorm(b);
        return (dot, entityNorms == 0 ? 0 : entityDot / entityNorms, shared, sharedNames);
    }

    private static float EntityNorm(TermVector vector)
    {
        float sum = 0;
        for (var k = 0; k < vector.Count; k++)
        {
            if (IsEntity(vector.Terms[k]))
            {
                sum += vector.Weights[k] * vector.Weights[k];
            }
        }
        return MathF.Sqrt(sum);
    }

    private static bool IsEntity(string term) => term.Length > 2 && term[0] == 'e' && term[1] == ':';
}
