using System.Text.Json;
using System.Text.Json.Serialization;

namespace BeritaBot.Discord.Payloads;

/// <summary>The wire format: snake_case names, absent rather than null fields.</summary>
public static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };
}
