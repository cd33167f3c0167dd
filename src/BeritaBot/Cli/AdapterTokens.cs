using BeritaBot.Core.Configuration;
using Microsoft.Extensions.Configuration;

namespace BeritaBot.Host.Cli;

/// <summary>The adapters' tokens as configured: if none is real, the app starts the console chat instead.</summary>
internal static class AdapterTokens
{
    public static IReadOnlyList<TokenReading> Read(IConfiguration configuration) =>
        [Telegram.Hosting.BotToken.Read(configuration), Discord.DiscordToken.Read(configuration)];

    public static bool AnyConfigured(IReadOnlyList<TokenReading> readings) => readings.Any(r => r.Status == TokenStatus.Token);
}
