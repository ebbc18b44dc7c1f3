using Clustering.Core.Articles;
using Clustering.Core.Cleaning;
using Clustering.Core.Copies;
using Clustering.Core.Credits;
using Clustering.Core.Dates;
using Clustering.Core.Entities;
using Clustering.Core.Facts;
using Clustering.Core.Features;
using Clustering.Core.Packs;
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
        var dated = DatedOf(article);
        var dates = (parts & ReadingParts.Dates) != 0
            ? DateResolver.Resolve(body, dated is { } day ? DateOnly.FromDateTime(day.UtcDateTime) : null)
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
            Dated = dated,
            Outlet = (parts & ReadingParts.Credits) != 0 ? OutletNamer.Name(article.Source, article.Url, raw, credits) : null,
        };
    }

    /// <summary>
    /// The date the article speaks from: its feed's, else the one its page gives (<see cref="PageDate"/>),
    /// else none. When it arrived is no evidence of when it was written.
    /// </summary>
    public static DateTimeOffset? DatedOf(Article article) =>
        article.Published ?? (PageDate.Of(article.Title, article.Text) is { } day
            ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null);

    private static List<Quantity> ReadQuantities(CleanedText cleaned, string body, EntityReading entities)
    {
        var headline = cleaned.TitleFound ? cleaned.Title : string.Empty;
        var article = new ArticleText(headline, body, DomainPacks.ContextOf(headline, body));
        var quantities = new List<Quantity>();
        QuantityExtractor.Extract(body, quantities, article.Context);
        if (cleaned.TitleFound)
        {
            // Headline numbers are kept with offset -1: they are what the outlet chose to lead with.
            var fromTitle = new List<Quantity>();
            QuantityExtractor.Extract(cleaned.Title, fromTitle, article.Context);
            foreach (var quantity in fromTitle)
            {
                quantities.Add(quantity with { Offset = -1 });
            }
        }
        ApplyRules(article, RuleStage.BeforeTotals, quantities);
        QuantityExtractor.ResolveAdditions(quantities);
        ApplyRules(article, RuleStage.AfterTotals, quantities);
        ApplyRules(article, RuleStage.Last, quantities);
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

    /// <summary>The rules of the packs that apply to the article, pack by pack in registration order.</summary>
    private static void ApplyRules(ArticleText article, RuleStage stage, List<Quantity> quantities)
    {
        foreach (var pack in article.Context.Packs)
        {
            foreach (var rule in pack.QuantityRules)
            {
                if (rule.Stage == stage)
                {
                    rule.Apply(article, quantities);
                }
            }
        }
    }

    private static bool IsPronoun(string word) =>
        word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase)
        || word.Equals("they", StringComparison.OrdinalIgnoreCase);
}
