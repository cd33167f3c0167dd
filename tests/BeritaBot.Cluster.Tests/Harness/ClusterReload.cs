namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>An edit to a knowledge folder whose effect an answer shows: the Peskov card's answer gains a marker.</summary>
public static class ClusterReload
{
    public const string Question = "Siapa Dmitry Peskov?";

    private const string Sentence = "Dmitry Peskov adalah juru bicara Kremlin";

    /// <summary>A throwaway copy of <paramref name="source"/> under the temp folder; its path.</summary>
    public static string CopyOf(string source)
    {
        var target = Path.Combine(Path.GetTempPath(), "beritabot-cluster", "knowledge-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    /// <summary>Writes <paramref name="marker"/> into the card's answer, replacing any marker written before.</summary>
    public static void Edit(string knowledgePath, string marker)
    {
        var card = Directory.EnumerateFiles(Path.Combine(knowledgePath, "cards"))
            .Single(f => File.ReadAllText(f).Contains(Sentence, StringComparison.Ordinal));
        var text = File.ReadAllText(card);
        var start = text.IndexOf(Sentence, StringComparison.Ordinal) + Sentence.Length;
        var end = text.IndexOf('.', start);
        File.WriteAllText(card, string.Concat(text.AsSpan(0, start), $" ({marker})", text.AsSpan(end)));
    }
}
