namespace BeritaBot.Discord.Payloads;

public sealed record EmbedFooter(string Text);
