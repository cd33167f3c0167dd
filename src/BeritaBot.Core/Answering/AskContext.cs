namespace BeritaBot.Core.Answering;

/// <summary>Where a question came from. Deliberately carries nothing that identifies a person.</summary>
public sealed record AskContext(string Platform)
{
    public static AskContext Console { get; } = new("console");
}
