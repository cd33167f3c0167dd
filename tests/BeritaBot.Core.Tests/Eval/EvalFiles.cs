using BeritaBot.Core.Evaluation;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>Finds the committed held-out set in the source tree, so the set a developer edits is the set tested.</summary>
public static class EvalFiles
{
    public const string FileName = "eval-set.tsv";

    public static IReadOnlyList<string> Categories { get; } = ["formal", "chat", "typo", "english", "none"];

    public static IReadOnlyList<EvalCase> LoadCommitted() => EvalSet.Load(CommittedPath());

    /// <summary>Another committed set beside the eval set (the blind sets, the follow-up sets).</summary>
    public static string SetPath(string file) => Path.Combine(Path.GetDirectoryName(CommittedPath())!, file);

    public static string CommittedPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeritaBot.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "BeritaBot.Core.Tests", "Eval", FileName);
            }
        }

        throw new FileNotFoundException("BeritaBot.sln not found above the test binaries; cannot locate " + FileName);
    }
}
