using Clustering.Core.Facts;

namespace Clustering.Core.Packs;

/// <summary>
/// When a quantity rule runs: before an article's additions are summed ("2,000 troops ... another 500"),
/// after, or last, once every pack's other rules have added what they read.
/// </summary>
public enum RuleStage
{
    BeforeTotals,
    AfterTotals,
    Last,
}

/// <summary>What a rule reads of one article: its headline (empty when none was found), its body, and the packs that apply.</summary>
public sealed record ArticleText(string Headline, string Body, ReadingContext Context);

/// <summary>A rule over the quantities one article states: it may add, drop or re-mark them.</summary>
public interface IQuantityRule
{
    RuleStage Stage { get; }

    void Apply(ArticleText article, List<Quantity> quantities);
}
