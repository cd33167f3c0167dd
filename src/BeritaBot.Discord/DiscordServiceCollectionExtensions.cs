using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>Registers the Discord adapter. It stays idle (with a log line) when no token is configured.</summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // Filled in by the Discord adapter issue.
        return services;
    }

    /// <summary>Placeholder until the adapter lands: no token is ever configured.</summary>
    public static bool IsTokenConfigured(IConfiguration configuration) => false;
}
