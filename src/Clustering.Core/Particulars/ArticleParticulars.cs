using System.Text.Json.Serialization;

namespace Clustering.Core.Particulars;

/// <summary>
/// The particulars one article gives, one value of each kind in <see cref="ParticularKinds.All"/>: read
/// once with its features and only read after, so it is shared rather than copied.
/// </summary>
[JsonConverter(typeof(ArticleParticularsJson))]
public sealed class ArticleParticulars : IValuesByKind
{
    private readonly object[] _given;

    /// <summary>An article that gives none of any kind.</summary>
    public static ArticleParticulars None { get; } = new(kind => kind.NoneGiven);

    private ArticleParticulars(Func<IParticularKind, object> given)
    {
        var kinds = ParticularKinds.All;
        _given = new object[kinds.Count];
        for (var i = 0; i < _given.Length; i++)
        {
            _given[i] = given(kinds[i]);
        }
    }

    private ArticleParticulars(object[] given) => _given = given;

    /// <summary>Reads every kind from the article, in registration order.</summary>
    public static ArticleParticulars Read(ParticularsSource source) => new(kind => kind.Read(source));

    /// <summary>What the article gives of one kind.</summary>
    public TArticle Of<TArticle, TStory>(ParticularKind<TArticle, TStory> kind)
        where TArticle : class
        where TStory : class, new() => (TArticle)_given[kind.Index];

    /// <summary>These particulars with one kind's replaced (an article made up in a test, a story standing as an article).</summary>
    public ArticleParticulars With<TArticle, TStory>(ParticularKind<TArticle, TStory> kind, TArticle given)
        where TArticle : class
        where TStory : class, new()
    {
        var copy = (object[])_given.Clone();
        copy[kind.Index] = given;
        return new ArticleParticulars(copy);
    }

    /// <summary>What the article gives of the kind at this place in <see cref="ParticularKinds.All"/>.</summary>
    internal object this[int index] => _given[index];

    object IValuesByKind.this[int index] => _given[index];

    /// <summary>Particulars made of one value per kind, in registration order (a story's standing as an article's, what the wire carried).</summary>
    internal static ArticleParticulars FromValues(object[] given) => new(given);
}
