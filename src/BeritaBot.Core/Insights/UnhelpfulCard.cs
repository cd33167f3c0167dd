namespace BeritaBot.Core.Insights;

public sealed record UnhelpfulCard(string CardId, int NotHelpful, int Helpful);
