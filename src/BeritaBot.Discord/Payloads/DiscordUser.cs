namespace BeritaBot.Discord.Payloads;

public sealed record DiscordUser(string Id, string? Username = null);
