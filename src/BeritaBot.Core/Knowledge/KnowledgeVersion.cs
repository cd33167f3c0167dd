using System.Security.Cryptography;
using System.Text;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// A content hash of exactly the files the loader reads (the three YAML files and <c>cards/**/*.md</c>), with their
/// relative paths. Two instances whose folders hash alike serve the same knowledge, whatever the files' times say.
/// </summary>
public static class KnowledgeVersion
{
    /// <summary>The first 16 bytes of a SHA-256, as 32 lowercase hex digits; "missing" for a folder that is not there.</summary>
    public static string Compute(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            return "missing";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        PrefetchedFiles.ForEach(Files(folder).ToArray(), (path, bytes) =>
        {
            // The length prefixes keep one file's end from reading as the next one's start.
            var name = Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, path).Replace('\\', '/'));
            hash.AppendData(BitConverter.GetBytes(name.Length));
            hash.AppendData(name);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        });

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }

    private static IEnumerable<string> Files(string folder)
    {
        foreach (var name in new[] { KnowledgeLoader.SourcesFile, KnowledgeLoader.AliasesFile, KnowledgeLoader.EntitiesFile })
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path))
            {
                yield return path;
            }
        }

        var cards = Path.Combine(folder, KnowledgeLoader.CardsFolder);
        if (!Directory.Exists(cards))
        {
            yield break;
        }

        foreach (var path in Directory.EnumerateFiles(cards, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return path;
        }
    }
}
