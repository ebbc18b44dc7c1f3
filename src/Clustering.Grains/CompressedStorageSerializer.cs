using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using Orleans.Storage;

namespace Clustering.Grains;

/// <summary>
/// Stores states compressed (Brotli at its fastest): a story's state is mostly term strings, its
/// ledger's JSON and article texts, which compress well, and memory storage keeps every story's
/// copy in the silo's heap (Redis in its own). A state too small to gain is stored as the
/// inner serializer wrote it, and so is everything written before: both read back unchanged.
/// </summary>
public sealed class CompressedStorageSerializer(IGrainStorageSerializer inner) : IGrainStorageSerializer
{
    /// <summary>The Orleans binary serializer's stored form, compressed: what every store of the silo uses.</summary>
    public static CompressedStorageSerializer Over(Orleans.Serialization.Serializer serializer) => new(new OrleansGrainStorageSerializer(serializer));

    /// <summary>Bytes no Orleans payload starts with ("CZ", then a format byte): the header of a compressed state.</summary>
    private static ReadOnlySpan<byte> Magic => [0xC3, 0x5A, 0x01];

    /// <summary>Below this a state is stored as is: the header and Brotli's own framing would eat the gain.</summary>
    internal const int MinimumToCompress = 256;

    private const int Quality = 1;
    private const int Window = 22;
    private const int HeaderLength = 3 + sizeof(int);

    public BinaryData Serialize<T>(T? input)
    {
        var plain = inner.Serialize(input);
        var bytes = plain.ToMemory().Span;
        if (bytes.Length < MinimumToCompress)
        {
            return plain;
        }
        var room = ArrayPool<byte>.Shared.Rent(HeaderLength + BrotliEncoder.GetMaxCompressedLength(bytes.Length));
        try
        {
            if (!BrotliEncoder.TryCompress(bytes, room.AsSpan(HeaderLength), out var written, Quality, Window)
                || HeaderLength + written >= bytes.Length)
            {
                return plain;
            }
            Magic.CopyTo(room);
            BinaryPrimitives.WriteInt32LittleEndian(room.AsSpan(Magic.Length), bytes.Length);
            // Copied out at its own size: memory storage keeps what it is given, and a slice of the
            // worst-case buffer would keep the uncompressed size alive.
            return new BinaryData(room.AsSpan(0, HeaderLength + written).ToArray());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(room);
        }
    }

    public T? Deserialize<T>(BinaryData input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var bytes = input.ToMemory().Span;
        if (bytes.Length < HeaderLength || !bytes.StartsWith(Magic))
        {
            return inner.Deserialize<T>(input);
        }
        var length = BinaryPrimitives.ReadInt32LittleEndian(bytes[Magic.Length..]);
        var plain = new byte[length];
        if (!BrotliDecoder.TryDecompress(bytes[HeaderLength..], plain, out var written) || written != length)
        {
            throw new InvalidDataException($"a stored state of {bytes.Length} bytes does not decompress to the {length} bytes its header gives");
        }
        return inner.Deserialize<T>(new BinaryData(plain));
    }
}
