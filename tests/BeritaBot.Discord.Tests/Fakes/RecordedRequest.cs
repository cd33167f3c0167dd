using System.Text.Json;

namespace BeritaBot.Discord.Tests.Fakes;

public sealed record RecordedRequest(string Method, string Path, string Body, string? Authorization, string? UserAgent)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
