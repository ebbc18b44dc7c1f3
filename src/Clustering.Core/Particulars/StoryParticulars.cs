using System.Text.Json.Serialization;
using Clustering.Core.Assignment;

namespace Clustering.Core.Particulars;

/// <summary>
/// What a story keeps of its articles' particulars, one bounded value of each kind in
/// <see cref="ParticularKinds.All"/>, and the one place they are added to, merged and measured: a
/// host stores it whole (as JSON, each kind under its name; a name no kind has any more is skipped,
/// a kind the stored value lacks starts empty).
/// </summary>
[JsonConverter(typeof(StoryParticularsJson))]
public sealed class StoryParticulars : IValuesByKind
{
    /// <summary>
    /// Each kind's value, null while the story has kept none of it (it reads as the kind's NoneKept):
    /// most live stories keep one or two kinds, and a new value of every kind was ~0.2 KB of each.
    /// </summary>
    private readonly object?[] _kept = new object?[ParticularKinds.All.Count];

    /// <summary>What the story keeps of the kind at <paramref name="index"/>, to read.</summary>
    private object Kept(int index) => _kept[index] ?? ParticularKinds.All[index].NoneKept;

    /// <summary>What the story keeps of the kind at <paramref name="index"/>, its own, to change.</summary>
    private object Keeping(int index) => _kept[index] ??= ParticularKinds.All[index].NewKept();

    /// <summary>What the story keeps of one kind (its own value: a caller that changes it changes the story's).</summary>
    public TStory Of<TArticle, TStory>(ParticularKind<TArticle, TStory> kind)
        where TArticle : class
        where TStory : class, new() => (TStory)Keeping(kind.Index);

    /// <summary>Keeps what an article gives of each kind, each by its kind's bound.</summary>
    public void Add(ArticleParticulars article)
    {
        var kinds = ParticularKinds.All;
        for (var i = 0; i < _kept.Length; i++)
        {
            if (_kept[i] is not null || !kinds[i].GivesNone(article[i]))
            {
                kinds[i].Add(Keeping(i), article[i]);
            }
        }
    }

    /// <summary>Keeps what a story merging into this one kept.</summary>
    public void Merge(StoryParticulars other)
    {
        var kinds = ParticularKinds.All;
        for (var i = 0; i < _kept.Length; i++)
        {
            if (other._kept[i] is { } theirs && (_kept[i] is not null || !kinds[i].KeepsNone(theirs)))
            {
                kinds[i].Merge(Keeping(i), theirs);
            }
        }
    }

    /// <summary>A copy to hand to another story: merged into an empty one, by the kinds' own rules.</summary>
    public StoryParticulars Copy()
    {
        var copy = new StoryParticulars();
        copy.Merge(this);
        return copy;
    }

    /// <summary>What the story keeps, as an article would give it (copied), for measuring the story against another.</summary>
    public ArticleParticulars AsArticle()
    {
        var kinds = ParticularKinds.All;
        var given = new object[_kept.Length];
        for (var i = 0; i < given.Length; i++)
        {
            given[i] = kinds[i].AsGiven(Kept(i));
        }
        return ArticleParticulars.FromValues(given);
    }

    /// <summary>Sets every kind's measures of the article against this story. A loop, not LINQ: it runs for every candidate of every article.</summary>
    public void Measure(ArticleParticulars article, in ParticularsMeasuring context, MatchMeasures measures)
    {
        var kinds = ParticularKinds.All;
        for (var i = 0; i < _kept.Length; i++)
        {
            kinds[i].Measure(article[i], Kept(i), context, measures);
        }
    }

    /// <summary>What the story keeps of the kind at this place in <see cref="ParticularKinds.All"/>.</summary>
    internal object this[int index]
    {
        get => Kept(index);
        set => _kept[index] = ParticularKinds.All[index].KeepsNone(value) ? null : value;
    }

    object IValuesByKind.this[int index] => Kept(index);
}
