namespace Clustering.Core.Features;

/// <summary>
/// The people a story's articles name (<see cref="PersonNames"/> keys) and how many of its articles
/// named each, bounded: a follow-up that names a person whom only this story's reports have written
/// about is this story's, whatever day it names.
/// </summary>
public static class StoryPersons
{
    /// <summary>People kept per story: its first articles name its victims and suspects.</summary>
    public const int PerStory = 32;

    /// <summary>A person more articles than this had named when an article came is no one story's; it is not kept.</summary>
    public const int KeptUpTo = 16;

    /// <summary>Reads the article's people and how often they have been named (learning them first when <paramref name="learn"/>).</summary>
    public static ArticleFeatures WithPersons(this ArticleFeatures features, string body, TermStatistics statistics, bool learn)
    {
        var reading = PersonNames.Read(body);
        var persons = reading.Keys;
        if (persons.Length == 0)
        {
            return features;
        }
        if (learn)
        {
            statistics.ObservePersons(persons);
        }
        var articles = new int[persons.Length];
        for (var i = 0; i < persons.Length; i++)
        {
            articles[i] = statistics.PersonArticles(persons[i]);
        }
        return features with { Persons = persons, PersonArticles = articles, PersonAged = reading.Aged };
    }

    /// <summary>
    /// Whether the article names a person the story's articles name, with an age given on either side,
    /// whom no article outside the story had named when this one came (how many had, less this one and
    /// the story's own): a common name ("Tom Baker") is written by many stories' reports, the same
    /// person's by one. A loop, not LINQ: it runs for every candidate of every article.
    /// </summary>
    public static bool OnlyThisStorys(ArticleFeatures article, IReadOnlyList<string> keys, IReadOnlyList<int> counts, IReadOnlyList<bool> aged)
    {
        for (var i = 0; i < article.Persons.Count; i++)
        {
            var at = IndexOf(keys, article.Persons[i]);
            if (at < 0 || at >= counts.Count)
            {
                continue;
            }
            var withAge = (at < aged.Count && aged[at]) || (i < article.PersonAged.Count && article.PersonAged[i]);
            var elsewhere = (i < article.PersonArticles.Count ? article.PersonArticles[i] : int.MaxValue) - 1 - counts[at];
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
    public static float Unshared(ArticleFeatures article, IReadOnlyList<string> storyKeys)
    {
        if (storyKeys.Count == 0)
        {
            return 0f;
        }
        float all = 0, missing = 0;
        for (var i = 0; i < article.Persons.Count && i < UnsharedOfFirst; i++)
        {
            var named = i < article.PersonArticles.Count ? article.PersonArticles[i] : 1;
            var weight = 1f / MathF.Log(MathF.E + named);
            all += weight;
            if (IndexOf(storyKeys, article.Persons[i]) < 0)
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
