namespace BeritaBot.Discord.Tests.Fakes;

public sealed record FakeResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);
