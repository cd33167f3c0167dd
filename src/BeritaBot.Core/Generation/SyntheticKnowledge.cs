namespace BeritaBot.Core.Generation;

/// <summary>A generated knowledge folder's content and the questions to measure it with.</summary>
public sealed record SyntheticKnowledge(
    IReadOnlyList<SyntheticCard> Cards,
    IReadOnlyList<SyntheticSource> Sources,
    IReadOnlyList<IReadOnlyList<string>> AliasGroups,
    IReadOnlyList<SyntheticQuery> Queries,
    int Seed);
