using System.Security.Cryptography;
using System.Text;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

public class KnowledgeVersionTests
{
    [Fact]
    public void Compute_ManyCardsReadSeveralAtATime_HashesThemInPathOrder()
    {
        using var folder = new TempKnowledgeFolder();
        for (var i = 0; i < 700; i++)
        {
            // Sizes differ so that files handed over out of order would change the hash.
            folder.Write($"cards/{i % 7:000}/card-{i:0000}.md", TempKnowledgeFolder.Card($"Pertanyaan nomor {i}?", body: new string('x', i)));
        }

        Assert.Equal(OneFileAtATime(folder.Path), KnowledgeVersion.Compute(folder.Path));
    }

    [Fact]
    public void Compute_OneByteOfACardChanged_GivesAnotherVersion()
    {
        using var folder = new TempKnowledgeFolder();
        var before = KnowledgeVersion.Compute(folder.Path);
        var bytes = File.ReadAllBytes(folder.FullPath("cards/beta.md"));
        bytes[^2] ^= 1;
        folder.WriteBytes("cards/beta.md", bytes);

        Assert.NotEqual(before, KnowledgeVersion.Compute(folder.Path));
    }

    [Fact]
    public void Compute_CardRenamed_GivesAnotherVersion()
    {
        using var folder = new TempKnowledgeFolder();
        var before = KnowledgeVersion.Compute(folder.Path);
        File.Move(folder.FullPath("cards/beta.md"), folder.FullPath("cards/gamma.md"));

        Assert.NotEqual(before, KnowledgeVersion.Compute(folder.Path));
    }

    /// <summary>The definition, read one file at a time: each file's relative path and bytes, length-prefixed.</summary>
    private static string OneFileAtATime(string folder)
    {
        var files = new[] { "sources.yaml", "aliases.yaml", "entities.yaml" }
            .Select(name => Path.Combine(folder, name))
            .Where(File.Exists)
            .Concat(Directory.EnumerateFiles(Path.Combine(folder, "cards"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in files)
        {
            var name = Encoding.UTF8.GetBytes(Path.GetRelativePath(folder, path).Replace('\\', '/'));
            var bytes = File.ReadAllBytes(path);
            hash.AppendData(BitConverter.GetBytes(name.Length));
            hash.AppendData(name);
            hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset().AsSpan(0, 16));
    }
}
