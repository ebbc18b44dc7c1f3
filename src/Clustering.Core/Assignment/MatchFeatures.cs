using Clustering.Core.Features;

namespace Clustering.Core.Assignment;

/// <summary>
/// What is measured of one (article, candidate story) pair, for the learned ranker. Every value is
/// general (no word lists, no data-set switch): content fit to the story as a whole and to its
/// closest member, fit on named entities alone, distance in time, and how much evidence each side has.
/// </summary>
public static class MatchFeatures
{
    public const int Count = 22;

    // Positions the model reads by name (its floor, the one-word time rule); they follow Names.
    public const int CentroidCos = 0;
    public const int NearestCos = 1;

    /// <summary>Index of ln(1 + days the article lies outside the story's span), which the merge check reads.</summary>
    public const int LogDaysApart = 3;
    public const int CentroidCosShort = 5;
    public const int NearestCosShort = 6;

    /// <summary>Index of the shared-terms count, which the model's floor reads.</summary>
    public const int SharedTerms = 7;

    /// <summary>The first of the two minute measures scaled by shortness.</summary>
    public const int MinutesShortFrom = 11;

    /// <summary>Index of how many shared terms the article wrote as names, which the one-word time rule reads.</summary>
    public const int SharedNames = 14;

    /// <summary>Index of whether both the article and the story name a day of the event (<see cref="Dates.EventDays"/>).</summary>
    public const int EventDayKnown = 15;

    /// <summary>Index of ln(1 + days between the article's nearest event day and the story's, at most <see cref="EventDaysApartCap"/>); 0 when either names none.</summary>
    public const int LogEventDaysApart = 16;

    /// <summary>
    /// Index of how many of the article's rare full names (<see cref="RareNames"/>) the story holds
    /// besides the first, at most <see cref="SharedRareNamesCap"/> − 1: one alone may be a coincidence
    /// (a common first and last name, a shop's name the entity reader took for a person's), two are one event.
    /// </summary>
    public const int SharedRareNamesBeyondOne = 17;

    /// <summary>
    /// Index of whether the article writes a street address the story's first articles wrote
    /// (<see cref="StreetAddresses"/>): a block of one street is one scene, whenever the report came out.
    /// </summary>
    public const int SharedAddress = 18;

    /// <summary>Index of whether both give street addresses and share none: two scenes, unless a follow-up gives a suspect's home.</summary>
    public const int OtherAddress = 19;

    /// <summary>
    /// Index of 1 when the article and the story each say which town it happened in and nothing ties the
    /// two (<see cref="Towns.Disagree"/>): two shootings a TV station reports on one day in two of its towns
    /// read alike but for the town. 0 when either names none, so headline feeds are left as they were.
    /// </summary>
    public const int OtherPlace = 20;

    /// <summary>
    /// Index of whether the article names a person (<see cref="PersonNames"/>: given name and surname,
    /// whatever middle name, initial or suffix) whom the story's articles name, whose age one of them
    /// gives, and whom no article outside the story has named (<see cref="StoryPersons.OnlyThisStorys"/>).
    /// The sentencing months after an arrest names the suspect and a day of its own; a victim's or a
    /// suspect's name with an age is one event's, where an officer's or a hospital's recurs in many.
    /// </summary>
    public const int SharedPerson = 21;

    /// <summary>More shared rare names than this say no more: the same event is named either way.</summary>
    public const int SharedRareNamesCap = 3;

    /// <summary>
    /// Days apart beyond which two event days are simply different (the measure stops growing): a
    /// shooting a week later and one a year later are equally another event.
    /// </summary>
    public const int EventDaysApartCap = 3;

    /// <summary>How long after a story's span an article naming another day still counts against it (see <see cref="Compute(ArticleFeatures, TermVector, IReadOnlyList{TermVector}, IReadOnlyList{string}, DateTimeOffset, DateTimeOffset, int, StoryMarks)"/>).</summary>
    public const int OtherDayCountsForDays = 180;

    public static readonly string[] Names =
        ["centroidCos", "nearestCos", "entityCos", "logDaysApart", "logStorySize", "centroidCosShort", "nearestCosShort", "sharedTerms",
         "secondNearestCos", "logMinutesSinceLast", "logMinutesSinceFirst", "logMinutesSinceLastShort", "logMinutesSinceFirstShort", "nearestOtherSourceCos",
         "sharedNames", "eventDayKnown", "logEventDaysApart", "sharedRareNamesBeyondOne",
         "sharedAddress", "otherAddress", "otherPlace", "sharedPerson"];

    public static float[] Compute(ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, DateTimeOffset first, DateTimeOffset last, int storySize) =>
        Compute(article, centroid, members, [], first, last, storySize);

    /// <param name="memberSources">Who published each member, in order; missing or empty: unknown, which counts as another source.</param>
    public static float[] Compute(ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, IReadOnlyList<string> memberSources, DateTimeOffset first, DateTimeOffset last, int storySize) =>
        Compute(article, centroid, members, memberSources, first, last, storySize, StoryMarks.None);

    /// <param name="story">What the story keeps of its articles' particulars (<see cref="StoryMarks"/>): days, blocks, towns, people.</param>
    public static float[] Compute(
        ArticleFeatures article, TermVector centroid, IReadOnlyList<TermVector> members, IReadOnlyList<string> memberSources,
        DateTimeOffset first, DateTimeOffset last, int storySize, StoryMarks story)
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
        var sinceLast = known ? Math.Abs((article.Time - last).TotalMinutes) : 0;
        var sinceFirst = known ? Math.Max(0, (article.Time - first).TotalMinutes) : 0;
        // The event's day, whenever the report came out: a follow-up weeks later still says "was shot
        // on March 3", a shooting in the same town a week on names another day. Months on, an article's
        // news is a trial, a sentence or an anniversary, a day of its own: another day then says nothing.
        var eventDaysApart = Dates.EventDays.Apart(article.EventDays, story.EventDays);
        if (eventDaysApart > 0 && outside.TotalDays > OtherDayCountsForDays)
        {
            eventDaysApart = null;
        }
        var sharedAddress = StreetAddresses.Share(article.Addresses, story.Addresses);
        float[] measures =
        [
            centroidCos,
            nearest,
            overlap.EntityCos,
            MathF.Log(1f + (float)outside.TotalDays),
            MathF.Log(1f + storySize),
            centroidCos * shortness,
            nearest * shortness,
            overlap.Shared,
            second,
            MathF.Log(1f + (float)sinceLast),
            MathF.Log(1f + (float)sinceFirst),
            // Headline feeds report an event in a burst; a full page is dated by the day and its
            // follow-ups come weeks later. Scaled like the cosines, so one model serves both.
            MathF.Log(1f + (float)sinceLast) * shortness,
            MathF.Log(1f + (float)sinceFirst) * shortness,
            otherSource,
            overlap.SharedNames,
            eventDaysApart is null ? 0f : 1f,
            eventDaysApart is { } days ? MathF.Log(1f + Math.Min(days, EventDaysApartCap)) : 0f,
            MathF.Max(0, SharedRare(article.RareNames, centroid, members) - 1),
            sharedAddress ? 1f : 0f,
            !sharedAddress && article.Addresses.Count > 0 && story.Addresses.Count > 0 ? 1f : 0f,
            Towns.Disagree(article.Towns, article.Terms, story.Towns, centroid, members) ? 1f : 0f,
            StoryPersons.OnlyThisStorys(article, story.Persons, story.PersonArticles, story.PersonAged) ? 1f : 0f,
        ];
        // Measured as the model reads them, so that `clustering tune` fits on what the model sees.
        if (!TimeCounts(measures))
        {
            foreach (var index in MinuteMeasures)
            {
                measures[index] = index < MinutesShortFrom ? DayApart : DayApart * shortness;
            }
        }
        return measures;
    }

    /// <summary>
    /// Time closeness corroborates text, it is no evidence of its own: an article that shares a single
    /// term with a story ("closes") is judged as if it came a day apart. uci-dev's stories are each a
    /// burst of seconds that never overlap, so a model fitted there reads the same minute as near proof;
    /// on a live feed many stories run at once and the minute says little until the words agree. One
    /// shared name ("Kelso Ridge", "iPhone") is another matter: two reports of one event seconds apart
    /// often share only it, while two unrelated headlines share a common word far more often than a name.
    /// </summary>
    public static bool TimeCounts(ReadOnlySpan<float> features) =>
        features.Length <= SharedTerms || features[SharedTerms] >= CorroboratedAfterShared
        || (features.Length > SharedNames && features[SharedNames] >= 1);

    /// <summary>How many terms an article must share with a story before its closeness in time counts at all.</summary>
    public const int CorroboratedAfterShared = 2;

    /// <summary>The minute-scale time measures (the model reads them as "a day apart" for a one-word match).</summary>
    public static ReadOnlySpan<int> MinuteMeasures => [9, 10, 11, 12];

    /// <summary>The minute measures' value a day apart: what a match on one shared word is judged at.</summary>
    public static readonly float DayApart = MathF.Log(1f + 1440f);

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
