namespace Clustering.Core.Features;

/// <summary>Arrays of distinct terms sorted ordinally, as vectors, centroids and what a story sent keep them.</summary>
public static class SortedTerms
{
    /// <summary>How many terms two sorted arrays have in common (one pass): the size of their merge is the sum of their lengths less this.</summary>
    public static int CountCommon(string[] first, string[] second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        var common = 0;
        for (int i = 0, j = 0; i < first.Length && j < second.Length;)
        {
            var order = string.CompareOrdinal(first[i], second[j]);
            common += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }
        return common;
    }

    /// <summary>What a walk over the merge of two sorted runs (<see cref="Merge"/>) does at each place of the result.</summary>
    public interface IMergeStep
    {
        /// <summary>Place <paramref name="at"/> holds the first run's term <paramref name="i"/>, not in the second.</summary>
        void First(int at, int i);

        /// <summary>Place <paramref name="at"/> holds the second run's term <paramref name="j"/>, not in the first.</summary>
        void Second(int at, int j);

        /// <summary>Place <paramref name="at"/> holds a term of both runs: the first's <paramref name="i"/>, the second's <paramref name="j"/>.</summary>
        void Both(int at, int i, int j);
    }

    /// <summary>
    /// Walks the merge of two arrays of distinct terms sorted ordinally, term by term, telling <paramref name="step"/>
    /// what each place of the merged run holds (it has <see cref="CountCommon"/> fewer places than the two
    /// together). The step is a struct, so the walk is compiled with it: no call per term.
    /// </summary>
    public static void Merge<TStep>(string[] first, string[] second, ref TStep step)
        where TStep : struct, IMergeStep
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        for (int i = 0, j = 0, at = 0; i < first.Length || j < second.Length; at++)
        {
            var order = i == first.Length ? 1 : j == second.Length ? -1 : string.CompareOrdinal(first[i], second[j]);
            if (order < 0)
            {
                step.First(at, i++);
            }
            else if (order > 0)
            {
                step.Second(at, j++);
            }
            else
            {
                step.Both(at, i++, j++);
            }
        }
    }
}
