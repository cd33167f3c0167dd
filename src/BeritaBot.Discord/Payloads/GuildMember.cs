namespace BeritaBot.Discord.Payloads;

/// <param name="Permissions">The member's permissions in the channel, a bitset as a decimal string.</param>
public sealed record GuildMember(DiscordUser? User, string? Permissions);
