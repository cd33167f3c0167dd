using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BeritaBot.Host.Knowledge;

public static class KnowledgeWatcherExtensions
{
    /// <summary>
    /// Registers the knowledge folder watcher. It does nothing unless <c>Knowledge:Watch</c> is true; it needs the
    /// store and <c>KnowledgeOptions</c> from <c>AddBeritaCore</c>.
    /// </summary>
    public static IServiceCollection AddKnowledgeWatcher(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<KnowledgeWatcher>();
        return services;
    }
}
