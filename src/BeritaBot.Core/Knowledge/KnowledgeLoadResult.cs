namespace BeritaBot.Core.Knowledge;

/// <summary>The outcome of loading a knowledge folder: a snapshot when there were no errors, and every problem found.</summary>
public sealed record KnowledgeLoadResult(KnowledgeSnapshot? Snapshot, IReadOnlyList<KnowledgeProblem> Problems)
{
    public bool Succeeded => Snapshot is not null;

    public IEnumerable<KnowledgeProblem> Errors => Problems.Where(p => p.IsError);

    public IEnumerable<KnowledgeProblem> Warnings => Problems.Where(p => !p.IsError);
}
