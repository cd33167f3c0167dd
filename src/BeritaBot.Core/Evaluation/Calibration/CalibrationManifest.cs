using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BeritaBot.Core.Generation;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Evaluation.Calibration;

/// <summary>
/// The labelled data a scoring model is fitted on, one line per set (TSV, <c>#</c> comments):
/// <c>knowledge&lt;TAB&gt;set&lt;TAB&gt;options</c>, paths relative to the manifest's folder.
/// <list type="bullet">
/// <item><c>max-phrasings=N</c> keeps only each card's first N phrasings: the same labelled questions against the
/// knowledge as a busy editor would have written it, so the model also learns from sparse cards.</item>
/// <item>knowledge <c>generate:cards=N,seed=S</c>: a generated folder, with set <c>-</c> its generator's own
/// questions, or a set written for that folder by another generator.</item>
/// </list>
/// </summary>
public static class CalibrationManifest
{
    public static IReadOnlyList<CalibrationSet> Load(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var sets = new List<CalibrationSet>();
        var knowledgeCache = new Dictionary<string, KnowledgeSnapshot>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = raw.Split('\t');
            if (columns.Length < 2)
            {
                throw new FormatException($"{path}:{lineNumber}: expected knowledge<TAB>set[<TAB>options]");
            }

            var options = columns.Length > 2 ? ParseOptions(columns[2]) : new Dictionary<string, string>();
            var maxPhrasings = options.TryGetValue("max-phrasings", out var max) ? int.Parse(max, CultureInfo.InvariantCulture) : (int?)null;
            if (columns[0].StartsWith("generate:", StringComparison.Ordinal))
            {
                sets.Add(Generated(columns[0], columns[1] == "-" ? null : Path.Combine(folder, columns[1])));
                continue;
            }

            var knowledgePath = Path.GetFullPath(Path.Combine(folder, columns[0]));
            if (!knowledgeCache.TryGetValue(knowledgePath, out var snapshot))
            {
                var loaded = KnowledgeLoader.Load(knowledgePath);
                snapshot = loaded.Snapshot ?? throw new FormatException($"{path}:{lineNumber}: the knowledge folder {columns[0]} does not load: {loaded.Errors.FirstOrDefault()}");
                knowledgeCache[knowledgePath] = snapshot;
            }

            if (maxPhrasings is { } n)
            {
                snapshot = Sparse(snapshot, n);
            }

            var setPath = Path.Combine(folder, columns[1]);
            var cases = EvalSet.Load(setPath);
            var name = $"{columns[1]}{(maxPhrasings is { } m ? $" (first {m} phrasings)" : string.Empty)}";
            var coverage = columns[0] + (maxPhrasings is { } k ? $" (first {k} phrasings)" : string.Empty);
            sets.Add(new CalibrationSet(name, snapshot, cases, $"{columns[1]} sha256 {Sha256(File.ReadAllBytes(setPath))} against {coverage}", coverage));
        }

        return sets;
    }

    /// <summary>The knowledge with each card cut to its first <paramref name="phrasings"/> phrasings.</summary>
    public static KnowledgeSnapshot Sparse(KnowledgeSnapshot snapshot, int phrasings)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var cards = snapshot.Cards.Select(c => c with { Questions = c.Questions.Take(phrasings).ToArray() }).ToArray();
        return new KnowledgeSnapshot(cards, snapshot.Sources, snapshot.Aliases, snapshot.Folder, snapshot.LoadedAt, snapshot.Entities);
    }

    /// <param name="setPath">Questions written for the generated folder by someone else, or null for the generator's own.</param>
    private static CalibrationSet Generated(string spec, string? setPath)
    {
        var options = ParseOptions(spec["generate:".Length..]);
        var cards = int.Parse(options.GetValueOrDefault("cards", "1000"), CultureInfo.InvariantCulture);
        var seed = int.Parse(options.GetValueOrDefault("seed", "1"), CultureInfo.InvariantCulture);
        var knowledge = SyntheticKnowledgeGenerator.Generate(cards, seed);
        var folder = Path.Combine(Path.GetTempPath(), "beritabot-calibrate-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticKnowledgeGenerator.WriteFolder(knowledge, folder);
            var loaded = KnowledgeLoader.Load(folder);
            var snapshot = loaded.Snapshot ?? throw new InvalidOperationException("Generated knowledge did not load: " + loaded.Errors.FirstOrDefault());
            var generated = $"generate-knowledge --cards {cards} --seed {seed}";

            // Every generated folder is one kind of coverage: together they weigh as much as one written coverage.
            const string coverage = "generated";
            if (setPath is not null)
            {
                var name = $"{Path.GetFileName(setPath)} on {cards} generated cards (seed {seed})";
                return new CalibrationSet(name, snapshot, EvalSet.Load(setPath), $"{setPath} sha256 {Sha256(File.ReadAllBytes(setPath))} against {generated}", coverage);
            }

            var queries = Path.Combine(folder, "queries.tsv");
            SyntheticKnowledgeGenerator.WriteQueries(knowledge, queries);
            return new CalibrationSet($"generated {cards} cards (seed {seed})", snapshot, EvalSet.Load(queries), generated, coverage);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string> ParseOptions(string text) => text
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(o => o.Split('=', 2))
        .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.Ordinal);

    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
