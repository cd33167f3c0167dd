namespace BeritaBot.Core.Answering;

/// <summary>A card offered as a follow-up: a related card or a "did you mean" suggestion.</summary>
/// <param name="Question">A phrasing to show on a button.</param>
public sealed record CardReference(string CardId, string Title, string Question);
