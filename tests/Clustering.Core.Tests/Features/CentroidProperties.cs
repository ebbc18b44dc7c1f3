using Clustering.Core.Features;
using CsCheck;

namespace Clustering.Core.Tests.Features;

/// <summary>
/// The centroid keeps its sum in sorted arrays; what it sums, prunes and gives as a vector is what a
/// sum kept term by term in a dictionary gives, bit for bit.
/// </summary>
public class CentroidProperties
{
    /// <summary>Made-up terms, more than the centroid keeps, so that long sums are pruned.</summary>
    private static readonly string[] Vocabulary = [.. Enumerable.Range(0, 420).Select(n => $"w{n * 7919 % 1000:000}{(char)('a' + (n % 26))}")];

    private static readonly Gen<TermVector> Vectors =
        Gen.Shuffle(Vocabulary, 1, 90).SelectMany(terms => Gen.Int[1, 6].Array[terms.Length].Select(weights =>
            TermVector.FromWeights(terms.Zip(weights).ToDictionary(pair => pair.First, pair => pair.Second / 3f, StringComparer.Ordinal), 64)));

    [Fact]
    public void the_vector_of_a_sum_is_the_vector_of_the_same_sum_kept_in_a_dictionary()
    {
        Vectors.Array[1, 12].Sample(vectors =>
        {
            var centroid = new Centroid();
            var model = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var vector in vectors)
            {
                centroid.Add(vector);
                AddToModel(model, vector);
            }

            var built = centroid.ToVector();
            var expected = TermVector.FromWeights(model, Centroid.MaxTerms);
            built.Terms.ShouldBe(expected.Terms);
            built.Weights.ShouldBe(expected.Weights);
            centroid.Sum.ShouldBe(model, ignoreOrder: true);
        });
    }

    [Fact]
    public void a_sum_added_whole_is_what_adding_its_terms_one_by_one_gives()
    {
        Gen.Select(Vectors.Array[1, 4], Vectors.Array[1, 4]).Sample((mine, theirs) =>
        {
            var centroid = Summed(mine);
            var other = Summed(theirs);
            var model = new Dictionary<string, float>(centroid.Sum, StringComparer.Ordinal);
            foreach (var (term, weight) in other.Sum)
            {
                model[term] = model.GetValueOrDefault(term) + weight;
            }

            centroid.AddSum(other.Sum);

            centroid.Sum.ShouldBe(model, ignoreOrder: true);
            centroid.Terms.ShouldBe(centroid.Terms.Order(StringComparer.Ordinal).ToArray());
        });
    }

    [Fact]
    public void a_centroid_rebuilt_from_its_arrays_or_from_its_sum_gives_the_same_vector()
    {
        Vectors.Array[1, 8].Sample(vectors =>
        {
            var centroid = Summed(vectors);

            var fromArrays = Centroid.FromSorted(centroid.Terms, centroid.Weights).ToVector();
            var fromSum = Centroid.FromSum(centroid.Sum).ToVector();

            fromArrays.Terms.ShouldBe(centroid.ToVector().Terms);
            fromArrays.Weights.ShouldBe(centroid.ToVector().Weights);
            fromSum.Terms.ShouldBe(fromArrays.Terms);
            fromSum.Weights.ShouldBe(fromArrays.Weights);
        });
    }

    [Fact]
    public void a_short_sum_shares_its_terms_with_its_vector_and_a_later_article_leaves_that_vector_alone()
    {
        var centroid = new Centroid();
        centroid.Add(TermVector.FromWeights(new Dictionary<string, float> { ["quay"] = 2, ["gale"] = 1 }, 64));
        var vector = centroid.ToVector();
        var shared = centroid.Terms;

        centroid.Add(TermVector.FromWeights(new Dictionary<string, float> { ["ferry"] = 1, ["quay"] = 1 }, 64));

        vector.Terms.ShouldBeSameAs(shared);
        vector.Terms.ShouldBe(["gale", "quay"]);
        centroid.Terms.ShouldBe(["ferry", "gale", "quay"]);
        centroid.ToVector().Terms.ShouldBeSameAs(centroid.Terms);
    }

    [Fact]
    public void arrays_out_of_order_are_refused()
    {
        Should.Throw<ArgumentException>(() => Centroid.FromSorted(["tide", "gale"], [1f, 1f]));
        Should.Throw<ArgumentException>(() => Centroid.FromSorted(["gale", "gale"], [1f, 1f]));
        Should.Throw<ArgumentException>(() => Centroid.FromSorted(["gale"], [1f, 2f]));
    }

    private static Centroid Summed(IEnumerable<TermVector> vectors)
    {
        var centroid = new Centroid();
        foreach (var vector in vectors)
        {
            centroid.Add(vector);
        }
        return centroid;
    }

    /// <summary>The sum as the centroid kept it before: one dictionary entry per term, pruned to the heaviest past twice the bound.</summary>
    private static void AddToModel(Dictionary<string, float> model, TermVector vector)
    {
        for (var i = 0; i < vector.Count; i++)
        {
            model[vector.Terms[i]] = model.GetValueOrDefault(vector.Terms[i]) + vector.Weights[i];
        }
        if (model.Count > Centroid.MaxTerms * 2)
        {
            var keep = model.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal).Take(Centroid.MaxTerms).ToArray();
            model.Clear();
            foreach (var (term, weight) in keep)
            {
                model[term] = weight;
            }
        }
    }
}
