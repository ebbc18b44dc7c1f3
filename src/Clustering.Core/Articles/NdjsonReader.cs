using System.Buffers;

namespace Clustering.Core.Articles;

/// <summary>One line of an NDJSON stream: its 1-based number and its bytes, or why it was too long to keep.</summary>
public readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte> Bytes, bool TooLong);

/// <summary>
/// Splits a stream into lines without ever holding more than one line (at most the article limit)
/// in memory, so a 64 MiB batch costs one article's worth of buffer. A line over the limit is
/// reported, skipped to its end, and does not stop the lines after it.
/// </summary>
public static class NdjsonReader
{
    public static async IAsyncEnumerable<NdjsonLine> ReadLines(
        Stream stream,
        int maxLineBytes = ArticleLimits.MaxArticleBytes,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var line = new ArrayBufferWriter<byte>(4096);
        var number = 0;
        var overflow = false;
        try
        {
            while (true)
            {
                var read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                var start = 0;
                for (var i = 0; i < read; i++)
                {
                    if (chunk[i] != (byte)'\n')
                    {
                        continue;
                    }
                    Append(chunk.AsSpan(start, i - start));
                    number++;
                    var completed = Complete();
                    if (completed is { } item)
                    {
                        yield return item;
                    }
                    start = i + 1;
                }
                Append(chunk.AsSpan(start, read - start));
            }
            if (line.WrittenCount > 0 || overflow)
            {
                number++;
                var last = Complete();
                if (last is { } item)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (overflow)
            {
                return;
            }
            if (line.WrittenCount + bytes.Length > maxLineBytes)
            {
                overflow = true;
                line.Clear();
                return;
            }
            line.Write(bytes);
        }

        NdjsonLine? Complete()
        {
            NdjsonLine? result;
            if (overflow)
            {
                result = new NdjsonLine(number, ReadOnlyMemory<byte>.Empty, TooLong: true);
            }
            else
            {
                var bytes = line.WrittenSpan.TrimEnd((byte)'\r');
                result = IsBlank(bytes) ? null : new NdjsonLine(number, bytes.ToArray(), TooLong: false);
            }
            line.Clear();
            overflow = false;
            return result;
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }
        return true;
    }
}
