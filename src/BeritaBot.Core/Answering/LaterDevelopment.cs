namespace BeritaBot.Core.Answering;

/// <summary>A related card dated after the answering one: how the story developed later.</summary>
/// <param name="DateLabel">The later card's date, as precise as the articles give it, in the answer's language.</param>
/// <param name="Summary">The later card's title, or for English readers the first sentence of its English answer.</param>
public sealed record LaterDevelopment(CardReference Card, string DateLabel, string Summary);
