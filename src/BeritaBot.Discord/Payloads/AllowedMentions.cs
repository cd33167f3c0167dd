namespace BeritaBot.Discord.Payloads;

public sealed record AllowedMentions(IReadOnlyList<string> Parse)
{
    /// <summary>Nothing pings: user text may contain @everyone or mentions.</summary>
    public static AllowedMentions None { get; } = new([]);
}
