using Clustering.Core.Articles;
using Clustering.Core.Consensus;
using Clustering.Core.Features;
using Clustering.Core.Reading;
using Orleans.Serialization.Cloning;

namespace Clustering.Abstractions.Serialization;

// Orleans deep-copies arguments of calls inside a silo and state written to memory storage. For
// types without a copier that means a serialise-deserialise round trip, which for a story's
// ledger is a JSON pass over the whole story on every article. The reader's records are immutable by
// construction, so sharing the instance is safe; a ledger's state is a read-only view of the story's own
// lists, which a story hands to another grain only as a copy (StoryGrain.MergeInto). An article and its features are made once per article and
// only read after (a term vector's arrays are never written once built); without a copier each
// of an article's five story matches copied its features through their surrogate.

[RegisterCopier]
public sealed class LedgerStateCopier : IDeepCopier<LedgerState>
{
    public LedgerState? DeepCopy(LedgerState? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class ArticleReadoutCopier : IDeepCopier<ArticleReadout>
{
    public ArticleReadout? DeepCopy(ArticleReadout? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class ArticleCopier : IDeepCopier<Article>
{
    public Article? DeepCopy(Article? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class ArticleFeaturesCopier : IDeepCopier<ArticleFeatures>
{
    public ArticleFeatures? DeepCopy(ArticleFeatures? input, CopyContext context) => input;
}

[RegisterCopier]
public sealed class TermVectorCopier : IDeepCopier<TermVector>
{
    public TermVector? DeepCopy(TermVector? input, CopyContext context) => input;
}
