using System.Text.Json;
using Clustering.Core.Assignment;

namespace Clustering.Core.Particulars;

/// <summary>
/// A kind of particular, typed: <typeparamref name="TArticle"/> is what one article gives (never
/// changed once read), <typeparamref name="TStory"/> what a story keeps of its articles' (changed in
/// place, bounded). Both are plain data that System.Text.Json writes as they are: the units store
/// and send them so. A new kind is one class deriving this, listed by its pack (<see cref="Packs.IDomainPack.Particulars"/>),
/// with the measures it sets declared in <see cref="MatchMeasures"/>.
/// </summary>
public abstract class ParticularKind<TArticle, TStory> : IParticularKind
    where TArticle : class
    where TStory : class, new()
{
    private int _index = -1;

    public abstract string Name { get; }

    /// <summary>What an article that gives none of this kind holds.</summary>
    public abstract TArticle None { get; }

    public abstract TArticle Read(ParticularsSource source);

    public abstract void Add(TStory kept, TArticle given);

    /// <summary>Whether an article's value gives nothing to keep: <see cref="Add"/> of it to a story's changes nothing.</summary>
    public abstract bool GivesNone(TArticle given);

    /// <summary>Whether a story's value keeps nothing, as a new one.</summary>
    public abstract bool KeepsNone(TStory kept);

    public abstract void Merge(TStory kept, TStory other);

    /// <summary>
    /// What the story keeps, as an article would give it, for a story measured against another before
    /// it merges: <see cref="None"/> unless the story's can stand for an article's.
    /// </summary>
    public virtual TArticle AsGiven(TStory kept) => None;

    public abstract void Measure(TArticle given, TStory kept, in ParticularsMeasuring context, MatchMeasures measures);

    /// <summary>Where the units hold this kind's value: its place in <see cref="ParticularKinds.All"/>.</summary>
    internal int Index
    {
        get
        {
            if (_index < 0)
            {
                _index = ParticularKinds.IndexOf(this);
            }
            return _index >= 0 ? _index : throw new InvalidOperationException($"The particular '{Name}' is not listed in ParticularKinds.All.");
        }
    }

    object IParticularKind.Read(ParticularsSource source) => Read(source);

    object IParticularKind.NoneGiven => None;

    object IParticularKind.NewKept() => new TStory();

    /// <summary>Read by every story that has kept none of this kind (StoryParticulars makes its own when it keeps some).</summary>
    private readonly TStory _noneKept = new();

    object IParticularKind.NoneKept => _noneKept;

    bool IParticularKind.GivesNone(object given) => GivesNone((TArticle)given);

    bool IParticularKind.KeepsNone(object kept) => KeepsNone((TStory)kept);

    void IParticularKind.Add(object kept, object given) => Add((TStory)kept, (TArticle)given);

    void IParticularKind.Merge(object kept, object other) => Merge((TStory)kept, (TStory)other);

    object IParticularKind.AsGiven(object kept) => AsGiven((TStory)kept);

    void IParticularKind.Measure(object given, object kept, in ParticularsMeasuring context, MatchMeasures measures) =>
        Measure((TArticle)given, (TStory)kept, context, measures);

    object IParticularKind.ReadGiven(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<TArticle>(ref reader, options) ?? None;

    object IParticularKind.ReadKept(ref Utf8JsonReader reader, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize<TStory>(ref reader, options) ?? new TStory();
}
