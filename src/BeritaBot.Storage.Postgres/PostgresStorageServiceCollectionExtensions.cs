using BeritaBot.Core.Answering;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Insights;
using BeritaBot.Insights.Disabled;
using BeritaBot.Storage.Postgres.Coordination;
using BeritaBot.Storage.Postgres.Insights;
using BeritaBot.Storage.Postgres.Reload;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Storage.Postgres;

public static class PostgresStorageServiceCollectionExtensions
{
    /// <summary>True when <c>Storage:ConnectionString</c> is set: the host then calls <see cref="AddPostgresStorage"/> instead of the SQLite insights.</summary>
    public static bool IsConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{StorageOptions.SectionName}:{nameof(StorageOptions.ConnectionString)}"]);
    }

    /// <summary>
    /// Registers PostgreSQL as the store several instances share: the editors' log (<see cref="IAnswerObserver"/>,
    /// <see cref="IFeedbackService"/>, <see cref="IEditorReportService"/>; no-ops with <c>Insights:Enabled=false</c>),
    /// the coordination stores (<see cref="IButtonTokenStore"/>, <see cref="IHandledIdStore"/>, <see cref="IKeyedLock"/>,
    /// <see cref="IConversationContextStore"/>, <see cref="IConnectionStartGate"/>, <see cref="IRequestRateGate"/>,
    /// <see cref="IStoreHealth"/>), reloads on every instance (the
    /// <see cref="IKnowledgeStore"/> registered by AddBeritaCore, which must come first, becomes a
    /// <see cref="ClusterKnowledgeStore"/>; without one, as for the report command, nothing is reloaded), and the add-phrasing audit. Call it instead of AddBeritaInsights.
    /// </summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(o => IsValidConnectionString(o.ConnectionString), "Storage:ConnectionString is not a valid Npgsql connection string.")
            .ValidateOnStart();
        services.AddOptions<InsightsOptions>()
            .Bind(configuration.GetSection(InsightsOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new InstanceIdentity(sp.GetRequiredService<IOptions<StorageOptions>>().Value.InstanceId));
        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new PostgresDatabase(
                options.ConnectionString!,
                sp.GetRequiredService<InstanceIdentity>(),
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromMilliseconds(options.RetryAfterFailureMilliseconds),
                sp.GetRequiredService<ILogger<PostgresDatabase>>());
        });
        services.TryAddSingleton<IStoreHealth>(sp => sp.GetRequiredService<PostgresDatabase>());
        services.AddHostedService<PostgresStorageInitializer>();

        AddEditorsLog(services, configuration);
        AddCoordination(services);
        AddReloads(services);
        return services;
    }

    private static void AddEditorsLog(IServiceCollection services, IConfiguration configuration)
    {
        var enabled = configuration.GetSection(InsightsOptions.SectionName).GetValue<bool?>(nameof(InsightsOptions.Enabled)) ?? true;
        if (!enabled)
        {
            services.TryAddSingleton<IFeedbackService, DisabledFeedbackService>();
            services.TryAddSingleton<IEditorReportService, DisabledEditorReportService>();
            return;
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerObserver, PostgresQuestionLog>());
        services.TryAddSingleton<IFeedbackService, PostgresFeedbackService>();
        services.TryAddSingleton<IEditorReportService>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<InsightsOptions>>().Value;
            return new PostgresEditorReportService(
                sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>(), options.GroupSimilarity, options.MaxGroupsToMerge);
        });
        Decorate<IKnowledgeEditor>(services, (sp, inner) =>
            new AuditedKnowledgeEditor(inner, sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
    }

    private static void AddCoordination(IServiceCollection services)
    {
        services.TryAddSingleton<IButtonTokenStore>(sp => new PostgresButtonTokenStore(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromDays(sp.GetRequiredService<IOptions<StorageOptions>>().Value.RetentionDays)));
        services.TryAddSingleton<IHandledIdStore>(sp => new PostgresHandledIdStore(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ClaimLeaseSeconds)));
        services.TryAddSingleton<IKeyedLock, PostgresKeyedLock>();
        services.TryAddSingleton<IConversationContextStore, PostgresConversationContextStore>();
        services.TryAddSingleton<IConnectionStartGate>(sp => new PostgresConnectionStartGate(
            sp.GetRequiredService<PostgresDatabase>(), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IRequestRateGate, PostgresRequestRateGate>();
    }

    private static void AddReloads(IServiceCollection services)
    {
        // Commands that only read the editors' log (report) have no knowledge store to reload.
        if (!services.Any(d => d.ServiceType == typeof(IKnowledgeStore)))
        {
            return;
        }

        services.TryAddSingleton(sp => new ReloadRequests(
            sp.GetRequiredService<PostgresDatabase>(),
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromMilliseconds(sp.GetRequiredService<IOptions<StorageOptions>>().Value.HeartbeatMilliseconds)));
        var local = Decorate<IKnowledgeStore>(services, (sp, inner) => sp.GetRequiredService<ClusterKnowledgeStore>())!;
        services.TryAddSingleton(sp =>
        {
            var inner = local(sp) as KnowledgeStore
                ?? throw new InvalidOperationException("Reloading on every instance needs the folder-backed KnowledgeStore that AddBeritaCore registers.");
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ClusterKnowledgeStore(
                inner,
                sp.GetRequiredService<ReloadRequests>(),
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromMilliseconds(options.ReloadTimeoutMilliseconds),
                sp.GetRequiredService<ILogger<ClusterKnowledgeStore>>());
        });
        services.AddHostedService(sp =>
        {
            var options = sp.GetRequiredService<IOptions<StorageOptions>>().Value;
            return new ReloadListener(
                sp.GetRequiredService<PostgresDatabase>(),
                sp.GetRequiredService<ReloadRequests>(),
                sp.GetRequiredService<ClusterKnowledgeStore>(),
                sp.GetRequiredService<TimeProvider>(),
                TimeSpan.FromMilliseconds(options.HeartbeatMilliseconds),
                TimeSpan.FromDays(options.RetentionDays),
                sp.GetRequiredService<ILogger<ReloadListener>>());
        });
    }

    /// <summary>
    /// Replaces the singleton registration of <typeparamref name="TService"/> by <paramref name="decorate"/> around it.
    /// </summary>
    /// <returns>How to build the original, once (it is kept as a singleton of its own); null when there is none to decorate.</returns>
    private static Func<IServiceProvider, object>? Decorate<TService>(IServiceCollection services, Func<IServiceProvider, TService, TService> decorate)
        where TService : class
    {
        var original = services.LastOrDefault(d => d.ServiceType == typeof(TService) && !d.IsKeyedService);
        if (original is null)
        {
            return null;
        }

        services.Remove(original);
        var key = typeof(TService).FullName + ".Undecorated";
        services.Add(original.ImplementationFactory is { } factory
            ? ServiceDescriptor.KeyedSingleton(typeof(TService), key, (sp, _) => factory(sp))
            : original.ImplementationInstance is { } instance
                ? ServiceDescriptor.KeyedSingleton(typeof(TService), key, instance)
                : ServiceDescriptor.KeyedSingleton(typeof(TService), key, original.ImplementationType!));
        services.AddSingleton(sp => decorate(sp, sp.GetRequiredKeyedService<TService>(key)));
        return sp => sp.GetRequiredKeyedService<TService>(key);
    }

    private static bool IsValidConnectionString(string? value)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(value);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
