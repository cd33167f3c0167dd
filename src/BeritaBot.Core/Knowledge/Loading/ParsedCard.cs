namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>A card as read from its file, with the lines of the references still to be checked against the folder.</summary>
/// <param name="Card">The card, or null when its file has errors: its references are still checked, so one pass lists every problem.</param>
internal sealed record ParsedCard(
    string Id,
    Card? Card,
    string DisplayName,
    IReadOnlyList<(string Id, int Line)> SourceRefs,
    IReadOnlyList<(string Id, int Line)> RelatedRefs);
