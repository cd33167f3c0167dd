namespace BeritaBot.Core.Answering;

public sealed record TimelineEntry(DateOnly Date, CardReference Card);
