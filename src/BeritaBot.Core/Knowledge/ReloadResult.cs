namespace BeritaBot.Core.Knowledge;

/// <summary>The outcome of a reload. When it fails, the previous knowledge keeps serving.</summary>
public sealed record ReloadResult(
    bool Succeeded,
    KnowledgeDiff Diff,
    IReadOnlyList<KnowledgeProblem> Problems,
    TimeSpan Duration,
    string Trigger)
{
    public IEnumerable<KnowledgeProblem> Errors => Problems.Where(p => p.IsError);

    /// <summary>
    /// With several instances sharing a store, how each took this reload (this one first); empty for a single process.
    /// </summary>
    public IReadOnlyList<InstanceReloadOutcome> Instances { get; init; } = [];
}
