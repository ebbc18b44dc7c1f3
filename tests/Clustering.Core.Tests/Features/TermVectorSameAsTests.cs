using Clustering.Core.Features;

namespace Clustering.Core.Tests.Features;

/// <summary>Two vectors are the same only with the same terms and the same weights, bit for bit.</summary>
public class TermVectorSameAsTests
{
    private static TermVector Vector(params (string Term, float Weight)[] terms) =>
        TermVector.FromWeights(terms.ToDictionary(term => term.Term, term => term.Weight, StringComparer.Ordinal), 16);

    [Fact]
    public void a_story_of_one_short_article_has_its_member_the_same_as_its_centroids_vector()
    {
        var article = Vector(("harbour", 3f), ("crane", 2f), ("e:tollmere", 1.5f));
        var centroid = new Centroid();
        centroid.Add(article);

        TermVector.FromSortedWeights(article.Terms, article.Weights, 32).SameAs(centroid.ToVector()).ShouldBeTrue();
    }

    [Fact]
    public void vectors_of_other_weights_or_other_terms_are_not_the_same()
    {
        var vector = Vector(("harbour", 3f), ("crane", 2f));

        vector.SameAs(Vector(("harbour", 3f), ("crane", 2.0001f))).ShouldBeFalse();
        vector.SameAs(Vector(("harbour", 3f), ("cranes", 2f))).ShouldBeFalse();
        vector.SameAs(Vector(("harbour", 3f))).ShouldBeFalse();
        vector.SameAs(Vector(("harbour", 3f), ("crane", 2f))).ShouldBeTrue();
    }
}
