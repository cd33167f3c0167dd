using System.Globalization;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Generation;

namespace BeritaBot.Benchmarks;

/// <summary>
/// Where each measured size's knowledge and questions come from: the repository's real knowledge and eval set for
/// <see cref="RealSize"/>, generated folders (cached, seed 1) for every other size.
/// </summary>
internal static class BenchData
{
    /// <summary>The size that means "the real knowledge" rather than a generated folder.</summary>
    public const int RealSize = 60;

    public const int Seed = 1;

    /// <summary>Bump when the generator's output changes, so cached folders of an older generator are not reused.</summary>
    public const int GeneratorVersion = 3;

    private static readonly Lock GenerateLock = new();

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Generated folders are cached here between runs (they take seconds to write at 100,000 cards).</summary>
    public static string CacheFolder { get; set; } =
        Environment.GetEnvironmentVariable("BERITABOT_BENCH_DATA") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetTempPath(), "beritabot-bench");

    public static (string Folder, IReadOnlyList<EvalCase> Queries) Get(int cards)
    {
        if (cards == RealSize)
        {
            var evalSet = Path.Combine(RepositoryRoot, "tests", "BeritaBot.Core.Tests", "Eval", "eval-set.tsv");
            // "?gap:" lines name facts no card answers yet: not a question with an expected card.
            var real = EvalSet.Load(evalSet).Where(c => !c.IsGap).ToArray();
            return (Path.Combine(RepositoryRoot, "knowledge"), real);
        }

        var folder = Path.Combine(CacheFolder, string.Create(CultureInfo.InvariantCulture, $"v{GeneratorVersion}-seed{Seed}-cards{cards}"));
        var queries = Path.Combine(folder, "queries.tsv");
        lock (GenerateLock)
        {
            if (!File.Exists(Path.Combine(folder, "complete")))
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                var knowledge = SyntheticKnowledgeGenerator.Generate(cards, Seed);
                var staging = folder + ".tmp";
                if (Directory.Exists(staging))
                {
                    Directory.Delete(staging, recursive: true);
                }

                SyntheticKnowledgeGenerator.WriteFolder(knowledge, Path.Combine(staging, "knowledge"));
                SyntheticKnowledgeGenerator.WriteQueries(knowledge, Path.Combine(staging, "queries.tsv"));
                File.WriteAllText(Path.Combine(staging, "complete"), string.Empty);
                Directory.Move(staging, folder);
            }
        }

        return (Path.Combine(folder, "knowledge"), EvalSet.Load(queries));
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeritaBot.sln")))
            {
                return dir.FullName;
            }
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeritaBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("run the benchmarks from inside the repository (BeritaBot.sln not found)");
    }
}
