using Clustering.Core.Assignment;
using Clustering.Core.Particulars;

namespace Clustering.Core.Features;

/// <summary>
/// The people a story's articles name (<see cref="PersonNames"/> keys) and how many of its articles
/// named each, bounded: a follow-up that names a person whom only this story's reports have written
/// about is this story's, whatever day it names.
/// </summary>
public sealed class StoryPersons : ParticularKind<PersonMentions, PersonTally>
{
    /// <summary>The kind, as <see cref="ParticularKinds.All"/> lists it.</summary>
    public static StoryPersons Kind { get; } = new();

    private StoryPersons()
    {
    }

    /// <summary>People kept per story: its first articles name its victims and suspects.</summary>
    public const int PerStory = 32;

    /// <summary>A person more articles than this had named when an article came is no one story's; it is not kept.</summary>
    public const int KeptUpTo = 16;

    public override string Name => "persons";

    public override PersonMentions None => PersonMentions.None;

    /// <summary>Reads the article's people and how often they have been named (learning them first when the source says so).</summary>
    public override PersonMentions Read(ParticularsSource source)
    {
        var reading = PersonNames.Read(source.Readout.Body);
        var persons = reading.Keys;
        if (persons.Length == 0)
        {
            return PersonMentions.None;
        }
        if (source.Learn)
        {
            source.Statistics.ObservePersons(persons);
        }
        var articles = new int[persons.Length];
        for (var i = 0; i < persons.Length; i++)
        {
            articles[i] = source.Statistics.PersonArticles(persons[i]);
        }
        return new PersonMentions(persons, articles, reading.Aged);
    }

    public override void Add(PersonTally kept, PersonMentions given) =>
        AddTo(kept.Keys, kept.Counts, kept.Aged, given.Keys, given.Articles, given.Aged);

    public override void Merge(PersonTally kept, PersonTally other) =>
        Merge(kept.Keys, kept.Counts, kept.Aged, other.Keys, other.Counts, other.Aged);

    public override bool GivesNone(PersonMentions given) => given.Keys.Count == 0;

    public override bool KeepsNone(PersonTally kept) => kept.Keys.Count == 0 && kept.Counts.Count == 0 && kept.Aged.Count == 0;

    // A story's people do not stand for an article's (AsGiven gives none): an article's counts are how
    // many articles had named each person when it came, a story's how many of its own did.

    public override void Measure(PersonMentions given, PersonTally kept, in ParticularsMeasuring context, MatchMeasures measures)
    {
        // A victim's or a suspect's name with an age is one event's, where an officer's recurs in many.
        measures.SharedPerson = OnlyThisStorys(given, kept) ? 1f : 0f;
        // Two events of one kind share their event words and differ in who and where.
        measures.PersonsUnshared = Unshared(given, kept.Keys);
    }

    /// <summary>
    /// Whether the article names a person the story's articles name, with an age given on either side,
    /// whom no article outside the story had named when this one came (how many had, less this one and
    /// the story's own): a common name ("Tom Baker") is written by many stories' reports, the same
    /// person's by one. A loop, not LINQ: it runs for every candidate of every article.
    /// </summary>
    public static bool OnlyThisStorys(PersonMentions article, PersonTally story)
    {
        var (keys, counts, aged) = (story.Keys, story.Counts, story.Aged);
        for (var i = 0; i < article.Keys.Count; i++)
        {
            var at = IndexOf(keys, article.Keys[i]);
            if (at < 0 || at >= counts.Count)
            {
                continue;
            }
            var withAge = (at < aged.Count && aged[at]) || (i < article.Aged.Count && article.Aged[i]);
            var elsewhere = (i < article.Articles.Count ? article.Articles[i] : int.MaxValue) - 1 - counts[at];
            if (withAge && elsewhere <= 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>How many of the article's people count toward <see cref="Unshared"/>: the first are its news.</summary>
    public const int UnsharedOfFirst = 8;

    /// <summary>
    /// The share of the article's first people whom the story's kept people lack, each weighed by
    /// 1 / ln(e + how many articles had named them): one article's nominee counts, a president whom
    /// every story of a desk names hardly. 0 when either side names nobody.
    /// </summary>
    public static float Unshared(PersonMentions article, IReadOnlyList<string> storyKeys)
    {
        if (storyKeys.Count == 0)
        {
            return 0f;
        }
        float all = 0, missing = 0;
        for (var i = 0; i < article.Keys.Count && i < UnsharedOfFirst; i++)
        {
            var named = i < article.Articles.Count ? article.Articles[i] : 1;
            var weight = 1f / MathF.Log(MathF.E + named);
            all += weight;
            if (IndexOf(storyKeys, article.Keys[i]) < 0)
            {
                missing += weight;
            }
        }
        return all == 0 ? 0f : missing / all;
    }

    /// <summary>Where a key sits in the story's list; -1 when absent. A loop, not LINQ: it runs for every candidate of every article.</summary>
    private static int IndexOf(IReadOnlyList<string> keys, string key)
    {
        for (var k = 0; k < keys.Count; k++)
        {
            if (string.Equals(keys[k], key, StringComparison.Ordinal))
            {
                return k;
            }
        }
        return -1;
    }

    /// <summary>Counts an article's people into the story's (those few articles had named, while there is room).</summary>
    public static void AddTo(List<string> keys, List<int> counts, List<bool> aged, IReadOnlyList<string> persons, IReadOnlyList<int> personArticles, IReadOnlyList<bool> personAged)
    {
        for (var i = 0; i < persons.Count; i++)
        {
            var mayKeep = i >= personArticles.Count || personArticles[i] <= KeptUpTo;
            Count(keys, counts, aged, persons[i], articles: 1, withAge: i < personAged.Count && personAged[i], mayKeep);
        }
    }

    /// <summary>Adds a merged story's people and counts to this one's.</summary>
    public static void Merge(List<string> keys, List<int> counts, List<bool> aged, IReadOnlyList<string> otherKeys, IReadOnlyList<int> otherCounts, IReadOnlyList<bool> otherAged)
    {
        for (var i = 0; i < otherKeys.Count && i < otherCounts.Count; i++)
        {
            Count(keys, counts, aged, otherKeys[i], otherCounts[i], withAge: i < otherAged.Count && otherAged[i], mayKeep: true);
        }
    }

    /// <summary>Adds <paramref name="articles"/> namings of one person: to their entry, else as a new one while there is room.</summary>
    private static void Count(List<string> keys, List<int> counts, List<bool> aged, string person, int articles, bool withAge, bool mayKeep)
    {
        var at = keys.IndexOf(person);
        if (at >= 0)
        {
            counts[at] += articles;
            aged[at] |= withAge;
        }
        else if (mayKeep && keys.Count < PerStory)
        {
            keys.Add(person);
            counts.Add(articles);
            aged.Add(withAge);
        }
    }
}

/// <summary>The people one article names with given name and surname (<see cref="PersonNames"/> keys), in the order written.</summary>
/// <param name="Articles">For each, how many articles had named that person when this one came, itself included: a name only one story's reports write is that story's.</param>
/// <param name="Aged">For each, whether the article gave the person's age beside the name.</param>
public sealed record PersonMentions(IReadOnlyList<string> Keys, IReadOnlyList<int> Articles, IReadOnlyList<bool> Aged)
{
    public static PersonMentions None { get; } = new([], [], []);
}

/// <summary>The people a story keeps (<see cref="StoryPersons"/>), with how many of its articles named each and whether one gave an age, in the same order.</summary>
public sealed class PersonTally
{
    public List<string> Keys { get; init; } = [];

    public List<int> Counts { get; init; } = [];

    public List<bool> Aged { get; init; } = [];
}
