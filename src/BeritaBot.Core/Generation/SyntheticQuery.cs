namespace BeritaBot.Core.Generation;

/// <summary>A question about generated knowledge and the card that should answer it (null: out of scope).</summary>
/// <param name="Category"><c>paraphrase</c>, <c>chat</c>, <c>typo</c> or <c>none</c>.</param>
public sealed record SyntheticQuery(string Category, string? ExpectedCardId, string Question);
