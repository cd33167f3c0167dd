using System.Buffers.Binary;
using System.Security.Cryptography;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// The cache file's frame: a magic, the format version, the key it was written for, the payload's length and its
/// SHA-256, then the payload. Written to a temporary file and renamed over the old one, so a reader sees the old file
/// or the new one, never part of one; read whole and checked against its length and hash before anything is parsed.
/// </summary>
internal static class KnowledgeCacheFile
{
    private const int HashLength = 32;

    /// <summary>Magic (8), version (4), key (32), payload length (8), payload hash (32).</summary>
    private const int HeaderLength = 8 + 4 + HashLength + 8 + HashLength;

    private static ReadOnlySpan<byte> Magic => "BBKCACHE"u8;

    /// <summary>Writes the payload <paramref name="write"/> produces under a header for <paramref name="key"/>.</summary>
    public static void Write(string path, int formatVersion, byte[] key, Action<Stream> write)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                stream.Write(new byte[HeaderLength]);
                write(stream);
                var payloadLength = stream.Position - HeaderLength;
                stream.Position = HeaderLength;
                var payloadHash = SHA256.HashData(stream);

                var header = new byte[HeaderLength];
                Magic.CopyTo(header);
                BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(8), formatVersion);
                key.CopyTo(header.AsSpan(12));
                BinaryPrimitives.WriteInt64LittleEndian(header.AsSpan(12 + HashLength), payloadLength);
                payloadHash.CopyTo(header.AsSpan(20 + HashLength));
                stream.Position = 0;
                stream.Write(header);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            // Only left behind when writing failed; the exception says why.
            File.Delete(temp);
        }
    }

    /// <summary>The file's key and payload when it is whole and of this format version; why not, otherwise.</summary>
    public static CacheFileRead Read(string path, int formatVersion)
    {
        if (!File.Exists(path))
        {
            return CacheFileRead.Rejected("no cache file yet");
        }

        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < HeaderLength || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            return CacheFileRead.Rejected("not a knowledge cache file (truncated or overwritten)");
        }

        var version = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(8));
        if (version != formatVersion)
        {
            return CacheFileRead.Rejected($"written in cache format {version}, this build reads {formatVersion}");
        }

        var payloadLength = BinaryPrimitives.ReadInt64LittleEndian(bytes.AsSpan(12 + HashLength));
        if (payloadLength != bytes.Length - HeaderLength)
        {
            return CacheFileRead.Rejected($"truncated: {bytes.Length - HeaderLength} payload bytes where the header says {payloadLength}");
        }

        if (!SHA256.HashData(bytes.AsSpan(HeaderLength)).AsSpan().SequenceEqual(bytes.AsSpan(20 + HashLength, HashLength)))
        {
            return CacheFileRead.Rejected("corrupted: the payload does not match its checksum");
        }

        return new CacheFileRead(bytes.AsSpan(12, HashLength).ToArray(), new CacheReader(bytes, HeaderLength, bytes.Length - HeaderLength), null);
    }
}
