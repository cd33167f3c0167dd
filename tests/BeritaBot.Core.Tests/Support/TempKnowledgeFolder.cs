using System.Text;

namespace BeritaBot.Core.Tests.Support;

/// <summary>
/// A knowledge folder under the temp directory, deleted on dispose. Starts as a small valid folder (two sources,
/// two cards) that a test then breaks or edits one file at a time.
/// </summary>
internal sealed class TempKnowledgeFolder : IDisposable
{
    public const string SourcesYaml =
        """
        sources:
          - id: src-one
            outlet: Koran Satu
            title: Artikel pertama
            published: 2020-11-21
          - id: src-two
            outlet: Koran Dua
            title: Artikel kedua
        """;

    public TempKnowledgeFolder(bool withDefaults = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "beritabot-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "cards"));
        if (withDefaults)
        {
            Write("sources.yaml", SourcesYaml);
            Write("cards/alpha.md", Card("Kapan alpha terjadi?", sources: "[src-one]", related: "[beta]"));
            Write("cards/beta.md", Card("Siapa tokoh beta?", sources: "[src-two]"));
        }
    }

    public string Path { get; }

    /// <summary>
    /// A valid card. Without <paramref name="related"/> its lines are: 1 ---, 2 title, 3 questions:, 4–7 the
    /// questions, 8 sources, then <paramref name="extraFields"/>, answer_en, the closing --- and the body.
    /// </summary>
    public static string Card(string firstQuestion, string sources = "[src-one]", string? related = null, string extraFields = "", string body = "Jawaban yang cukup jelas.", string? answerEn = "An English answer.", string title = "Judul kartu")
    {
        var sb = new StringBuilder();
        sb.Append("---\n");
        sb.Append("title: ").Append(title).Append('\n');
        sb.Append("questions:\n");
        sb.Append("  - ").Append(firstQuestion).Append('\n');
        sb.Append("  - pertanyaan kedua yang berbeda\n");
        sb.Append("  - pertanyaan ketiga yang berbeda\n");
        sb.Append("  - an english question\n");
        sb.Append("sources: ").Append(sources).Append('\n');
        if (related is not null)
        {
            sb.Append("related: ").Append(related).Append('\n');
        }

        sb.Append(extraFields);
        if (answerEn is not null)
        {
            sb.Append("answer_en: ").Append(answerEn).Append('\n');
        }

        sb.Append("---\n");
        sb.Append(body).Append('\n');
        return sb.ToString();
    }

    public string FullPath(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = FullPath(relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    public void Delete(string relative) => File.Delete(FullPath(relative));

    /// <summary>Replaces every card with the given files (relative name → text).</summary>
    public void ReplaceCards(IReadOnlyDictionary<string, string> cards)
    {
        foreach (var file in Directory.EnumerateFiles(FullPath("cards"), "*.md", SearchOption.AllDirectories))
        {
            File.Delete(file);
        }

        foreach (var (name, text) in cards)
        {
            Write("cards/" + name, text);
        }
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
}
