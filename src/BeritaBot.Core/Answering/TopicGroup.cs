namespace BeritaBot.Core.Answering;

public sealed record TopicGroup(string Topic, IReadOnlyList<CardReference> Cards);
