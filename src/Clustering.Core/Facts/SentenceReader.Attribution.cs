using Clustering.Core.Text;

namespace Clustering.Core.Facts;

/// <summary>Who a sentence credits its counts to: "the ministry said", "according to police".</summary>
internal sealed partial class SentenceReader
{
    private AttributionFinder.Found? attribution;
    private bool attributionRead;

    /// <summary>Who the sentence credits, looked up only once it has a quantity: most sentences have none.</summary>
    private AttributionFinder.Found? Attribution
    {
        get
        {
            if (!attributionRead)
            {
                attribution = AttributionFinder.Find(text, tokens);
                attributionRead = true;
            }
            return attribution;
        }
    }

    /// <summary>The source a count at token <paramref name="at"/> is credited to: none when the credit speaks only of what follows its verb and the count comes before it.</summary>
    private string? AttributedAt(int at) => Attribution is { } a && !(a.OnlyAfterVerb && at < a.VerbToken) ? a.Source : null;

    private void ForgetAttribution()
    {
        attribution = null;
        attributionRead = false;
    }
}
