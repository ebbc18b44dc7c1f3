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
        var packed = new byte[HeaderLength + BrotliEncoder.GetMaxCompressedLength(bytes.Length)];
        if (!BrotliEncoder.TryCompress(bytes, packed.AsSpan(HeaderLength), out var written, Quality, Window)
            || HeaderLength + written >= bytes.Length)
        {
            return plain;
        }
        Magic.CopyTo(packed);
        BinaryPrimitives.WriteInt32LittleEndian(packed.AsSpan(Magic.Length), bytes.Length);
        return new BinaryData(packed.AsMemory(0, HeaderLength + written));
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
