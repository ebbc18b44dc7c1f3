using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clustering.Core.Consensus;
using Clustering.Core.Copies;

namespace Clustering.Core.Tests.Copies;

/// <summary>A signature keeps the low halves of its 64-bit minima, and one stored whole reads back as them.</summary>
public partial class SignatureJsonTests
{
    private const string Notice =
        "The harbour board said on Tuesday that the north quay would close for repairs until the spring. " +
        "Fishing boats will use the south quay meanwhile, the board said in a statement to members.";

    [Fact]
    public void a_fingerprint_goes_to_json_and_back_unchanged()
    {
        var fingerprint = CopyFingerprint.Of(Notice);

        var read = JsonSerializer.Deserialize<CopyFingerprint>(JsonSerializer.Serialize(fingerprint))!;

        read.MinHash.ShouldBe(fingerprint.MinHash);
        read.Sentences.ShouldBe(fingerprint.Sentences);
    }

    [Fact]
    public void an_article_stored_with_64_bit_minima_reads_back_as_their_low_halves_and_still_matches_its_copy()
    {
        var now = CopyFingerprint.Of(Notice);
        var article = new LedgerArticle("harbour-1", "quayside.example", DateTimeOffset.UnixEpoch, [], now.MinHash, now.Sentences, null, null);
        // As a build that kept whole 64-bit minima stored it: the same low halves under some high half.
        var wholeMinima = string.Join(",", now.MinHash.Select((low, p) => (((ulong)(p + 1) * 0x9E3779B9UL) << 32 | low).ToString(CultureInfo.InvariantCulture)));
        var stored = MinHashArray().Replace(JsonSerializer.Serialize(article), $"\"MinHash\":[{wholeMinima}]");
        stored.ShouldContain(((1UL * 0x9E3779B9UL) << 32 | now.MinHash[0]).ToString(CultureInfo.InvariantCulture));

        var read = JsonSerializer.Deserialize<LedgerArticle>(stored)!;

        read.MinHash.ShouldBe(now.MinHash);
        new CopyFingerprint(read.MinHash, read.Sentences).Resemblance(now).ShouldBe(1.0);
    }

    [GeneratedRegex("\"MinHash\":\\[[0-9,]*\\]")]
    private static partial Regex MinHashArray();
}
