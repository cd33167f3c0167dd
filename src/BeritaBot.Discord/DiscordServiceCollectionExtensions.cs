using BeritaBot.Core.Configuration;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Presentation;
using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord;

public static class DiscordServiceCollectionExtensions
{
    /// <summary>The alias accepted when <c>Discord:BotToken</c> is empty.</summary>
    public const string TokenAlias = "DISCORD_BOT_TOKEN";

    internal const string HttpClientName = "discord";

    /// <summary>
    /// Registers the Discord adapter. It stays idle (with a log line) when no token is configured. Needs the core
    /// services (IAnswerService, IKnowledgeStore, IFeedbackService, IEditorReportService, IKnowledgeEditor).
    /// </summary>
    public static IServiceCollection AddDiscordAdapter(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DiscordOptions>()
            .Bind(configuration.GetSection(DiscordOptions.SectionName))
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.BotToken))
                {
                    o.BotToken = configuration[TokenAlias];
                }

                // An empty line in .env ("Discord__GuildId=") means "not set", not an invalid id.
                o.ApplicationId = string.IsNullOrWhiteSpace(o.ApplicationId) ? null : o.ApplicationId.Trim();
                o.GuildId = string.IsNullOrWhiteSpace(o.GuildId) ? null : o.GuildId.Trim();
                o.ShardIds = string.IsNullOrWhiteSpace(o.ShardIds) ? null : o.ShardIds.Trim();
                var admins = o.AdminUserIds.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id.Trim()).ToList();
                o.AdminUserIds.Clear();
                foreach (var id in admins)
                {
                    o.AdminUserIds.Add(id);
                }
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());

        // The default logging handlers would log request URIs, which carry interaction tokens.
        services.AddHttpClient(HttpClientName).RemoveAllLoggers();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DiscordRateLimiter>();
        services.TryAddSingleton<IDiscordRestClient, DiscordRestClient>();
        // Without a shared store (which registers its own first), Identify is spaced within this process only.
        services.TryAddSingleton<IConnectionStartGate>(sp => new MemoryConnectionStartGate(sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<DiscordShardRunner>();
        // Shared by every instance when a store is configured (a button from one shard works on any other).
        services.TryAddSingleton(sp => new ButtonTokens(
            sp.GetService<IButtonTokenStore>() ?? new MemoryButtonTokenStore(sp.GetRequiredService<IOptions<DiscordOptions>>().Value.ButtonTokenCapacity)));
        services.TryAddSingleton<AdminPolicy>();
        services.TryAddSingleton<AnswerPresenter>();
        services.TryAddSingleton<ReaderVotes>();
        services.TryAddSingleton<CommandRegistrar>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<DiscordGatewayListener>();
        services.AddHostedService<DiscordBotService>();
        return services;
    }

    /// <summary>True when a real-looking Discord token is configured; false for none or a placeholder.</summary>
    public static bool IsTokenConfigured(IConfiguration configuration) => DiscordToken.Read(configuration).Status == TokenStatus.Token;
}
