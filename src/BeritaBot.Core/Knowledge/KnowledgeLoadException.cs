namespace BeritaBot.Core.Knowledge;

/// <summary>The knowledge could not be loaded at start-up, so there is nothing to serve. Lists every problem.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException()
    {
    }

    public KnowledgeLoadException(string message)
        : base(message)
    {
    }

    public KnowledgeLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public KnowledgeLoadException(string folder, IReadOnlyList<KnowledgeProblem> problems)
        : base($"The knowledge folder {folder} has {problems.Count(p => p.IsError)} error(s):{Environment.NewLine}{string.Join(Environment.NewLine, problems.Where(p => p.IsError))}")
    {
        Folder = folder;
        Problems = problems;
    }

    public string Folder { get; } = string.Empty;

    public IReadOnlyList<KnowledgeProblem> Problems { get; } = [];
}
