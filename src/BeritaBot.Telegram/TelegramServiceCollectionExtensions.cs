using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Telegram;

public static class TelegramServiceCollectionExtensions
{
    /// <summary>Registers the Telegram adapter. It stays idle (with a log line) when no token is configured.</summary>
    public static IServiceCollection AddTelegramAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Filled in by the Telegram adapter issue.
        return services;
    }

    /// <summary>Placeholder until the adapter lands: no token is ever configured.</summary>
    public static bool IsTokenConfigured(IConfiguration configuration) => false;
}
