using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Clustering.Core.Consensus;
using Clustering.Core.Copies;

namespace Clustering.Core.Tests.Copies;

/// <summary>
/// A fingerprint as kept and stored: its signature keeps the low halves of its 64-bit minima, its sentences
/// are one array of runs, and fingerprints stored before (whole minima, an array per sentence) read back as both.
/// </summary>
public partial class StoredFingerprintTests
{
    private const string Notice =
        "The harbour board said on Tuesday that the north quay would close for repairs until the spring. " +
        "Fishing boats will use the south quay meanwhile, the board said in a statement to members. " +
        "Repairs to the sea wall beside the quay are expected to cost about two million pounds.";

    private const string Retold =
        "On Tuesday the harbour board announced the north quay will shut for repair work until spring. " +
        "Meanwhile fishing boats are to use the south quay, the board told members in a statement. " +
        "Work on the sea wall beside the quay should cost roughly two million pounds.";

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

    [Fact]
    public void each_sentence_is_its_count_of_hashes_then_its_hashes()
    {
        var runs = SentenceRuns.Of([[3, 5, 9], [2, 4, 6, 8]]);

        runs.ShouldBe([3u, 3, 5, 9, 4, 2, 4, 6, 8]);
        SentenceRuns.Spans(runs).ShouldBe([(1, 3), (5, 4)]);
    }

    [Fact]
    public void an_article_stored_with_an_array_per_sentence_reads_back_as_the_runs_and_is_judged_as_before()
    {
        var now = CopyFingerprint.Of(Notice);
        var article = new LedgerArticle("harbour-1", "quayside.example", DateTimeOffset.UnixEpoch, [], now.MinHash, now.Sentences, null, null);
        var perSentence = SentenceRuns.Spans(now.Sentences).Select(span => "[" + string.Join(",", now.Sentences.AsSpan(span.Start, span.Length).ToArray()) + "]");
        var stored = SentencesArray().Replace(JsonSerializer.Serialize(article), $"\"Sentences\":[{string.Join(",", perSentence)}]");
        stored.ShouldContain("\"Sentences\":[[");

        var read = JsonSerializer.Deserialize<LedgerArticle>(stored)!;

        read.Sentences.ShouldBe(now.Sentences);
        CopyDetector.Compare(new CopyFingerprint(read.MinHash, read.Sentences), CopyFingerprint.Of(Retold))
            .ShouldBe(CopyDetector.Compare(now, CopyFingerprint.Of(Retold)));
    }

    [Fact]
    public void stored_sentences_whose_last_run_is_cut_short_are_refused_when_read()
    {
        var now = CopyFingerprint.Of(Notice);
        var article = new LedgerArticle("harbour-1", "quayside.example", DateTimeOffset.UnixEpoch, [], now.MinHash, now.Sentences, null, null);
        var stored = SentencesArray().Replace(JsonSerializer.Serialize(article), "\"Sentences\":[5,1,2]");

        Should.Throw<JsonException>(() => JsonSerializer.Deserialize<LedgerArticle>(stored));
    }

    [GeneratedRegex("\"MinHash\":\\[[0-9,]*\\]")]
    private static partial Regex MinHashArray();

    [GeneratedRegex("\"Sentences\":\\[[0-9,]*\\]")]
    private static partial Regex SentencesArray();
}
