using Clustering.Core.Features;

namespace Clustering.Core.Particulars;

/// <summary>
/// A kind whose article gives a short list and whose story keeps the first distinct items of its
/// articles' lists, up to a bound (<see cref="FirstDistinct"/>): days, blocks, towns, years. A story's
/// list stands for an article's when it is measured before a merge. A kind of this shape writes only
/// its name, how it reads an article and how it measures.
/// </summary>
public abstract class FirstDistinctKind<T>(int perStory) : ParticularKind<IReadOnlyList<T>, List<T>>
{
    public sealed override IReadOnlyList<T> None => [];

    public sealed override void Add(List<T> kept, IReadOnlyList<T> given) => FirstDistinct.AddTo(kept, given, perStory);

    public sealed override void Merge(List<T> kept, List<T> other) => FirstDistinct.AddTo(kept, other, perStory);

    public sealed override bool GivesNone(IReadOnlyList<T> given) => given.Count == 0;

    public sealed override bool KeepsNone(List<T> kept) => kept.Count == 0;

    /// <summary>A story's items stand for an article's: a story that merges names what its reports name.</summary>
    public sealed override IReadOnlyList<T> AsGiven(List<T> kept) => [.. kept];
}
