namespace BeritaBot.Discord.Payloads;

public sealed record SelectOption(string Label, string Value, string? Description = null);
