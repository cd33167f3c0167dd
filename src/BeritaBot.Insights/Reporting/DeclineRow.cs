namespace BeritaBot.Insights.Reporting;

/// <summary>Declined questions counted by (normalised form, wording, closest card), as the database groups them.</summary>
internal sealed record DeclineRow(
    string Normalized,
    string Question,
    string? CardId,
    int Count,
    DateTimeOffset LastAsked,
    double MaxConfidence);
