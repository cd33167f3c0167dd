using BeritaBot.Core.Knowledge;

namespace BeritaBot.Telegram.Tests.EndToEnd;

/// <summary>The repository's real knowledge folder, or a throwaway copy of it that a test may edit.</summary>
public sealed class KnowledgeCopy : IDisposable
{
    private KnowledgeCopy(string path)
    {
        Path = path;
    }

    /// <summary>The bundled <c>knowledge/</c>, found from the test's output folder as the app finds it.</summary>
    public static string Real
    {
        get
        {
            var folder = KnowledgeFolderLocator.Resolve(null, AppContext.BaseDirectory);
            Assert.True(File.Exists(System.IO.Path.Combine(folder, KnowledgeLoader.SourcesFile)), "The repository's knowledge folder was not found from " + AppContext.BaseDirectory);
            return folder;
        }
    }

    public string Path { get; }

    public static KnowledgeCopy OfReal()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "beritabot-e2e", Guid.NewGuid().ToString("N"));
        var real = Real;
        foreach (var file in Directory.EnumerateFiles(real, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(path, System.IO.Path.GetRelativePath(real, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new KnowledgeCopy(path);
    }

    public string FullPath(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public string Read(string relative) => File.ReadAllText(FullPath(relative));

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
}
