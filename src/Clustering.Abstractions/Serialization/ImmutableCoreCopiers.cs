using Clustering.Core.Consensus;
using Clustering.Core.Reading;
using Orleans.Serialization.Cloning;

namespace Clustering.Abstractions.Serialization;

// Orleans deep-copies arguments of calls inside a silo and state written to memory storage. For
// types without a copier that means a serialise-deserialise round trip, which for a story's
// ledger is a JSON pass over the whole story on every article. These records are immutable by
// construction (the ledger and the reader hand out fresh instances and never touch them again),
// so sharing the instance is safe.

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
