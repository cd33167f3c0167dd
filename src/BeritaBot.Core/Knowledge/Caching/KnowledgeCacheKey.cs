using System.Security.Cryptography;
using System.Text;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// What a cache file must have been written for to be used: the knowledge folder's content (every file's relative path
/// and bytes, <see cref="KnowledgeVersion"/>), the cache's format version, and what shapes an index besides the
/// cards: the core's build (the analyser, stemmers and index code) and its embedded lexicon and scoring model.
/// </summary>
internal static class KnowledgeCacheKey
{
    /// <summary>The core's own part, the same for every folder: computed once per process.</summary>
    private static readonly Lazy<byte[]> Build = new(ComputeBuild);

    /// <summary>The SHA-256 of the parts, in a fixed order.</summary>
    public static byte[] For(string knowledgeVersion, int formatVersion)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData("beritabot-knowledge-cache\n"u8);
        hash.AppendData(BitConverter.GetBytes(formatVersion));
        hash.AppendData(Build.Value);
        hash.AppendData(Encoding.UTF8.GetBytes(knowledgeVersion));
        return hash.GetHashAndReset();
    }

    /// <summary>
    /// The build's module id (a deterministic build gives the same one for the same code) and every embedded resource's
    /// name and bytes: the lexicon word lists and the scoring model, versioned by what they contain.
    /// </summary>
    private static byte[] ComputeBuild()
    {
        var assembly = typeof(CardIndex).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(assembly.ManifestModule.ModuleVersionId.ToByteArray());
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name));
            using var resource = assembly.GetManifestResourceStream(name)!;
            using var bytes = new MemoryStream();
            resource.CopyTo(bytes);
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes.GetBuffer(), 0, (int)bytes.Length);
        }

        return hash.GetHashAndReset();
    }
}
