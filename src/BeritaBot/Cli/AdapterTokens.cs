using Microsoft.Extensions.Configuration;

namespace BeritaBot.Host.Cli;

/// <summary>Whether any platform adapter has a real token: if none, the app starts the console chat instead.</summary>
internal static class AdapterTokens
{
    public static bool AnyConfigured(IConfiguration configuration) =>
        Telegram.TelegramServiceCollectionExtensions.IsTokenConfigured(configuration)
        || Discord.DiscordServiceCollectionExtensions.IsTokenConfigured(configuration);
}
