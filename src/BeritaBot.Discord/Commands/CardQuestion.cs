namespace BeritaBot.Discord.Commands;

public sealed record CardQuestion(string CardId, string Question);
