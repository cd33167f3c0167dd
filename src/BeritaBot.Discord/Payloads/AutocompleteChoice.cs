namespace BeritaBot.Discord.Payloads;

public sealed record AutocompleteChoice(string Name, string Value);
