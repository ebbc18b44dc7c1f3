using Clustering.Core.Articles;
using Clustering.Core.Cleaning;
using Clustering.Core.Copies;
using Clustering.Core.Credits;
using Clustering.Core.Dates;
using Clustering.Core.Entities;
using Clustering.Core.Facts;
using Clustering.Core.Features;
using Clustering.Core.Outlets;
using Clustering.Core.Quotes;
using Clustering.Core.Text;

namespace Clustering.Core.Reading;

/// <summary>
/// One call from an article to what the engine needs of it: cleaned text, title and lead,
/// weighted terms, entities, credits, dates resolved against the article's own date, quantities,
/// quotes and the copy fingerprint. A pure function of the article (and of the IDF, when given).
/// </summary>
public static class ArticleReading
{
    public static ArticleReadout Read(Article article, ReadingParts parts = ReadingParts.All, TermStatistics? idf = null)
    {
        var cleaned = PageCleaner.Clean(article.Title, article.Text);
        var body = cleaned.Body;

        var entities = (parts & (ReadingParts.Entities | ReadingParts.Quotes | ReadingParts.Terms | ReadingParts.Quantities)) != 0
            ? EntityExtractor.Extract(body)
            : EntityReading.Empty;
        var terms = (parts & ReadingParts.Terms) != 0
            ? FeatureExtractor.Weigh(cleaned.Title, cleaned.Lead, body, entities.Entities, idf, FeatureWeights.Default, learn: idf is not null)
            : TermVector.Empty;
        var raw = article.Title + "\n" + article.Text;
        var credits = (parts & ReadingParts.Credits) != 0 ? CreditExtractor.Extract(raw) : [];
        var dates = (parts & ReadingParts.Dates) != 0
            ? DateResolver.Resolve(body, DateOnly.FromDateTime(article.EffectiveTime.UtcDateTime))
            : [];
        var quantities = (parts & ReadingParts.Quantities) != 0 ? ReadQuantities(cleaned, body, entities) : [];
        var quotes = (parts & ReadingParts.Quotes) != 0 ? QuoteExtractor.Extract(body, entities) : [];
        var fingerprint = (parts & ReadingParts.Fingerprint) != 0 ? CopyFingerprint.Of(body) : CopyFingerprint.Empty;

        return new ArticleReadout(
            cleaned.Title, cleaned.Lead, body, cleaned.TitleFound, terms,
            (parts & ReadingParts.Entities) != 0 ? entities.Entities : [],
            credits, dates, quantities, quotes, fingerprint)
        {
            DatelinePlace = cleaned.DatelinePlace,
            Outlet = (parts & ReadingParts.Credits) != 0 ? OutletNamer.Name(article.Source, article.Url, raw, credits) : null,
        };
    }

    private static List<Quantity> ReadQuantities(CleanedText cleaned, string body, EntityReading entities)
    {
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(body, quantities);
        if (cleaned.TitleFound)
        {
            // Headline numbers are kept with offset -1: they are what the outlet chose to lead with.
            var fromTitle = new List<Quantity>();
            QuantityExtractor.Extract(cleaned.Title, fromTitle);
            foreach (var quantity in fromTitle)
            {
                quantities.Add(quantity with { Offset = -1 });
            }
        }
        OtherEvents.Drop(body, quantities);
        QuantityExtractor.ResolveAdditions(quantities);
        var headline = cleaned.TitleFound ? cleaned.Title : string.Empty;
        MultipleShootings.Add(headline, body, quantities);
        MurderSuicides.AddShooter(headline, body, quantities);
        MurderSuicides.Add(headline, body, quantities);
        ImpliedCasualties.Add(headline, body, quantities);
        if (RoundUps.Is(headline, body))
        {
            RoundUps.Mark(quantities);
        }
        for (var i = 0; i < quantities.Count; i++)
        {
            var attribution = quantities[i].Attribution;
            if (attribution is not null && IsPronoun(attribution) && quantities[i].Offset >= 0
                && entities.LastPersonBefore(quantities[i].Offset + 1) is { } person)
            {
                quantities[i] = quantities[i] with { Attribution = person.Name };
            }
        }
        return quantities;
    }

    private static bool IsPronoun(string word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
        || word.Equals("they", StringComparison.OrdinalIgnoreCase);
}
