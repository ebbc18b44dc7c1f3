using Clustering.Core.Features;

namespace Clustering.Core.Assignment;

/// <summary>
/// What a story keeps of its articles for the measures that compare particulars rather than words,
/// each list bounded where it is kept: the days they speak of (<see cref="Dates.EventDays"/>), the
/// blocks they give (<see cref="StreetAddresses"/>), the towns they say it happened in
/// (<see cref="Features.Towns"/>), and the people they name (<see cref="StoryPersons"/>) with how
/// many of its articles named each and whether one gave an age. One record, so that a new particular
/// is one more property rather than one more overload of <see cref="MatchFeatures.Compute(ArticleFeatures, TermVector, IReadOnlyList{TermVector}, IReadOnlyList{string}, DateTimeOffset, DateTimeOffset, int, StoryMarks)"/>.
/// </summary>
public sealed record StoryMarks
{
    /// <summary>A story that has kept nothing: every particular measure reads "unknown".</summary>
    public static readonly StoryMarks None = new();

    public IReadOnlyList<int> EventDays { get; init; } = [];

    public IReadOnlyList<string> Addresses { get; init; } = [];

    public IReadOnlyList<string> Towns { get; init; } = [];

    public IReadOnlyList<string> Persons { get; init; } = [];

    /// <summary>How many of the story's articles named each of <see cref="Persons"/>, in the same order.</summary>
    public IReadOnlyList<int> PersonArticles { get; init; } = [];

    /// <summary>Whether one of them gave that person's age, in the same order.</summary>
    public IReadOnlyList<bool> PersonAged { get; init; } = [];

    /// <summary>The marks of a story made of this one article, kept by the same rules a story grain keeps them.</summary>
    public static StoryMarks Of(ArticleFeatures article)
    {
        List<int> days = [];
        List<string> addresses = [], towns = [], persons = [];
        List<int> counts = [];
        List<bool> aged = [];
        Dates.EventDays.AddTo(days, article.EventDays);
        StreetAddresses.AddTo(addresses, article.Addresses);
        Features.Towns.AddTo(towns, article.Towns);
        StoryPersons.AddTo(persons, counts, aged, article.Persons, article.PersonArticles, article.PersonAged);
        return new StoryMarks { EventDays = days, Addresses = addresses, Towns = towns, Persons = persons, PersonArticles = counts, PersonAged = aged };
    }
}
