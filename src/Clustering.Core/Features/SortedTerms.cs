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
}
