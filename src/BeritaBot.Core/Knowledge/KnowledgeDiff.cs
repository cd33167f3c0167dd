namespace BeritaBot.Core.Knowledge;

/// <summary>What a reload changed, by card id.</summary>
public sealed record KnowledgeDiff(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Changed,
    IReadOnlyList<string> Removed)
{
    public static KnowledgeDiff None { get; } = new([], [], []);

    public bool IsEmpty => Added.Count == 0 && Changed.Count == 0 && Removed.Count == 0;

    public override string ToString() =>
        IsEmpty ? "no card changed" : $"{Added.Count} added, {Changed.Count} changed, {Removed.Count} removed";
}
