namespace BeritaBot.Core.Answering;

/// <summary>Coarse confidence for display, in the spirit of QnA Maker's bands.</summary>
public enum ConfidenceBand
{
    Low,
    Medium,
    High,
}
