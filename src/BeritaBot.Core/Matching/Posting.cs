namespace BeritaBot.Core.Matching;

/// <summary>A card containing a term; <see cref="Weight"/> is the strongest field it appears in (question 1, answer less).</summary>
internal readonly record struct Posting(int Card, float Weight);
