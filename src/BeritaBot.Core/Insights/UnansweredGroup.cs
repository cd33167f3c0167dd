namespace BeritaBot.Core.Insights;

/// <summary>Near-identical unanswered questions counted together, with the closest card.</summary>
public sealed record UnansweredGroup(
    string Example,
    string NormalizedForm,
    int Count,
    IReadOnlyList<string> Variants,
    string? ClosestCardId,
    double ClosestConfidence,
    DateTimeOffset LastAsked);
