using System.Text.Json;
using Clustering.Core.Assignment;

namespace Clustering.Core.Particulars;

/// <summary>
/// One kind of particular that tells two events of one kind apart (the days an article speaks of, the
/// blocks, towns and people it names): how an article's are read, how a story keeps its articles',
/// and what the matcher measures between the two. <see cref="ArticleParticulars"/> and
/// <see cref="StoryParticulars"/> hold one value of each kind in <see cref="ParticularKinds.All"/> and
/// call these in turn. A kind derives <see cref="ParticularKind{TArticle, TStory}"/>, which types them.
/// </summary>
public interface IParticularKind
{
    /// <summary>Its key in stored state and on the wire: never renamed.</summary>
    string Name { get; }

    /// <summary>What an article gives (read in registration order: a kind may learn from it).</summary>
    object Read(ParticularsSource source);

    /// <summary>What an article that gives none of this kind holds.</summary>
    object NoneGiven { get; }

    /// <summary>What a story that has kept none holds (a new, mutable value).</summary>
    object NewKept();

    /// <summary>What a story that has kept none reads as: one value for all, never to be changed.</summary>
    object NoneKept { get; }

    /// <summary>Whether an article's value gives nothing to keep (adding it to what a story keeps changes nothing).</summary>
    bool GivesNone(object given);

    /// <summary>Whether a story's value keeps nothing (is what <see cref="NewKept"/> makes).</summary>
    bool KeepsNone(object kept);

    /// <summary>Adds what an article gives to what a story keeps (bounded).</summary>
    void Add(object kept, object given);

    /// <summary>Adds what a merged story kept to what this one keeps.</summary>
    void Merge(object kept, object other);

    /// <summary>What a story keeps, given as an article's when the story measures itself against another (merging).</summary>
    object AsGiven(object kept);

    /// <summary>Sets this kind's measures of an article against a story.</summary>
    void Measure(object given, object kept, in ParticularsMeasuring context, MatchMeasures measures);

    /// <summary>Reads what an article gave, as stored (the units write each value as its own type).</summary>
    object ReadGiven(ref Utf8JsonReader reader, JsonSerializerOptions options);

    /// <summary>Reads what a story kept, as stored.</summary>
    object ReadKept(ref Utf8JsonReader reader, JsonSerializerOptions options);
}
