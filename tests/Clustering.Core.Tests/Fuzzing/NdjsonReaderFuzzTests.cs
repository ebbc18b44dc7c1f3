using Clustering.Core.Articles;
using CsCheck;

namespace Clustering.Core.Tests.Fuzzing;

/// <summary>The NDJSON reader against random streams in random chunkings, checked against a plain model of what it must yield.</summary>
public class NdjsonReaderFuzzTests
{
    private static void Log(string line) => TestContext.Current.TestOutputHelper?.WriteLine(line);

    private static readonly byte[] Alphabet = "\n\r \tab{}\""u8.ToArray();

    /// <summary>Bytes rich in newlines, carriage returns and blanks, in lines of varied length.</summary>
    private static readonly Gen<byte[]> Streams = Gen.Frequency(
        (3, Gen.Byte.Array[0, 4096]),
        (3, Gen.Int[0, Alphabet.Length - 1].Select(i => Alphabet[i]).Array[0, 4096]),
        (1, Gen.Select(Gen.Int[0, 300], Gen.Int[1, 6]).Select((length, count) =>
            Enumerable.Range(0, count).SelectMany(i => Enumerable.Repeat((byte)('a' + i), length * (i + 1)).Append((byte)'\n')).ToArray())));

    /// <summary>What the reader must yield: split on LF, one CR dropped at the end, blanks skipped, over-long lines flagged.</summary>
    private static List<(int Number, string Bytes, bool TooLong)> Model(byte[] input, int max)
    {
        var result = new List<(int, string, bool)>();
        var parts = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < input.Length; i++)
        {
            if (input[i] == '\n')
            {
                parts.Add(input[start..i]);
                start = i + 1;
            }
        }
        if (start < input.Length)
        {
            parts.Add(input[start..]);
        }
        for (var n = 0; n < parts.Count; n++)
        {
            var line = parts[n];
            if (line.Length > max)
            {
                result.Add((n + 1, string.Empty, true));
                continue;
            }
            var trimmed = line.AsSpan().TrimEnd((byte)'\r');
            if (trimmed.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }
            result.Add((n + 1, Convert.ToHexString(trimmed), false));
        }
        return result;
    }

    [Fact]
    public void the_reader_yields_exactly_the_model_lines_for_any_bytes_in_any_chunking()
    {
        Gen.Select(Streams, Gen.Int[1, 512], Gen.Int[1, 97]).Sample((input, max, chunk) =>
        {
            var lines = Read(new ChunkedStream(input, chunk), max);

            lines.ShouldBe(Model(input, max));
        }, writeLine: Log, time: Hostile.Seconds, threads: 1);
    }

    [Fact]
    public void a_line_far_over_the_limit_is_flagged_and_the_next_line_still_comes()
    {
        var input = new byte[5_000_000];
        Array.Fill(input, (byte)'7');
        byte[] all = [.. input, (byte)'\n', .. "{\"title\":\"after\"}"u8];

        var lines = Read(new ChunkedStream(all, 65_536), ArticleLimits.MaxArticleBytes);

        lines.Count.ShouldBe(2);
        lines[0].ShouldBe((1, string.Empty, true));
        lines[1].Number.ShouldBe(2);
        lines[1].TooLong.ShouldBeFalse();
    }

    private static List<(int Number, string Bytes, bool TooLong)> Read(Stream stream, int max)
    {
        var lines = new List<(int, string, bool)>();
        var enumerator = NdjsonReader.ReadLines(stream, max).GetAsyncEnumerator();
        try
        {
            while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
            {
                var line = enumerator.Current;
                line.Bytes.Length.ShouldBeLessThanOrEqualTo(max);
                lines.Add((line.Number, line.TooLong ? string.Empty : Convert.ToHexString(line.Bytes.Span), line.TooLong));
            }
        }
        finally
        {
            enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
        return lines;
    }

    /// <summary>Returns at most <c>chunk</c> bytes a read, as a network stream would.</summary>
    private sealed class ChunkedStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

        public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            base.ReadAsync(buffer, offset, Math.Min(count, chunk), cancellationToken);
    }
}
