using BeritaBot.Core.Knowledge;

namespace BeritaBot.Tests.Support;

/// <summary>The repository's knowledge folder, and throwaway folders (small ones, or copies of the real one) under the temp directory.</summary>
internal sealed class KnowledgeFolders : IDisposable
{
    private KnowledgeFolders(string path)
    {
        Path = path;
    }

    public static string Real => KnowledgeFolderLocator.Resolve(null, AppContext.BaseDirectory);

    public string Path { get; }

    /// <summary>A valid folder with one source and two cards (<c>uji-satu</c>, <c>uji-dua</c>) that exist only here.</summary>
    public static KnowledgeFolders Small()
    {
        var folder = Empty();
        folder.Write("sources.yaml", "sources:\n  - id: src-uji\n    outlet: Koran Uji\n    title: Artikel uji\n    published: 2021-01-31\n");
        folder.Write("cards/uji-satu.md", Card("Kapan festival layang-layang Zebulon diadakan?", "Festival layang-layang Zebulon diadakan setiap Agustus."));
        folder.Write("cards/uji-dua.md", Card("Siapa juara lomba kelereng Quaxo?", "Juara lomba kelereng Quaxo adalah Budi."));
        return folder;
    }

    /// <summary>A copy of the repository's knowledge, safe to edit.</summary>
    public static KnowledgeFolders CopyOfReal()
    {
        var folder = Empty();
        foreach (var file in Directory.EnumerateFiles(Real, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(folder.Path, System.IO.Path.GetRelativePath(Real, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return folder;
    }

    public static string Card(string question, string answer, string sources = "[src-uji]") =>
        $"---\nquestions:\n  - {question}\n  - {question} (dua)\n  - {question} (tiga)\n  - {question} (empat)\nsources: {sources}\n---\n{answer}\n";

    public void Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the test over cleanup would hide its real result.
        }
    }

    private static KnowledgeFolders Empty()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "beritabot-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return new KnowledgeFolders(path);
    }
}
