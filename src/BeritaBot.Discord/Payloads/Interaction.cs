namespace BeritaBot.Discord.Payloads;

/// <summary>The <c>d</c> of an INTERACTION_CREATE dispatch.</summary>
public sealed record Interaction
{
    public required string Id { get; init; }

    public string? ApplicationId { get; init; }

    public required InteractionType Type { get; init; }

    public InteractionData? Data { get; init; }

    public string? GuildId { get; init; }

    public string? ChannelId { get; init; }

    /// <summary>Set in guilds.</summary>
    public GuildMember? Member { get; init; }

    /// <summary>Set in DMs.</summary>
    public DiscordUser? User { get; init; }

    public required string Token { get; init; }

    public string? Locale { get; init; }

    public string? UserId => Member?.User?.Id ?? User?.Id;
}
