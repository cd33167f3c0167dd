namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>A card as read from its file, with the lines of the references still to be checked against the folder.</summary>
internal sealed record ParsedCard(
    Card Card,
    string DisplayName,
    IReadOnlyList<(string Id, int Line)> SourceRefs,
    IReadOnlyList<(string Id, int Line)> RelatedRefs);
