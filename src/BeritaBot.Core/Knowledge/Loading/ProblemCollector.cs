namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Collects every problem found while loading, so editors see them all at once.</summary>
internal sealed class ProblemCollector
{
    private readonly List<KnowledgeProblem> _problems = [];

    public IReadOnlyList<KnowledgeProblem> Problems => _problems;

    public bool HasErrors => _problems.Exists(p => p.IsError);

    public void Error(string file, int line, string message) =>
        _problems.Add(new KnowledgeProblem(ProblemSeverity.Error, file, line, message));

    public void Warning(string file, int line, string message) =>
        _problems.Add(new KnowledgeProblem(ProblemSeverity.Warning, file, line, message));
}
