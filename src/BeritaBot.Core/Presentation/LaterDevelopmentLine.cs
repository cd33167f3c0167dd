namespace BeritaBot.Core.Presentation;

/// <summary>"Perkembangan selanjutnya (September 2023): …", with the later card to open.</summary>
public sealed record LaterDevelopmentLine(string CardId, string Label, string DateLabel, string Summary)
{
    public string Plain => $"{Label} ({DateLabel}): {Summary}";
}
