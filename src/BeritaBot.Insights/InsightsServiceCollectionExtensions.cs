using BeritaBot.Core.Answering;
using BeritaBot.Core.Insights;
using BeritaBot.Insights.Disabled;
using BeritaBot.Insights.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Insights;

public static class InsightsServiceCollectionExtensions
{
    /// <summary>
    /// Registers the editors' loop: <see cref="InsightsOptions"/> (validated on start), the SQLite database, the
    /// decline log as an <see cref="IAnswerObserver"/>, <see cref="IFeedbackService"/> and
    /// <see cref="IEditorReportService"/>. With <c>Insights:Enabled=false</c> it registers no-op services instead.
    /// </summary>
    public static IServiceCollection AddBeritaInsights(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        var section = configuration.GetSection(InsightsOptions.SectionName);
        services.AddOptions<InsightsOptions>()
            .Bind(section)
            .ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrWhiteSpace(o.DatabasePath) || o.DatabasePath.IndexOfAny(Path.GetInvalidPathChars()) < 0,
                "Insights:DatabasePath contains characters that cannot be in a path.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // Decided at registration: a disabled loop must not even create the database file.
        var enabled = section.GetValue<bool?>(nameof(InsightsOptions.Enabled)) ?? true;
        if (!enabled)
        {
            services.TryAddSingleton<IFeedbackService, DisabledFeedbackService>();
            services.TryAddSingleton<IEditorReportService, DisabledEditorReportService>();
            return services;
        }

        services.TryAddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<InsightsOptions>>().Value;
            var contentRoot = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory;
            return new InsightsDatabase(
                InsightsDatabasePath.Resolve(options.DatabasePath, contentRoot),
                options.BusyTimeoutMilliseconds,
                sp.GetRequiredService<ILogger<InsightsDatabase>>());
        });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IAnswerObserver, SqliteQuestionLog>());
        services.TryAddSingleton<IFeedbackService, SqliteFeedbackService>();
        services.TryAddSingleton<IEditorReportService>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<InsightsOptions>>().Value;
            return new SqliteEditorReportService(
                sp.GetRequiredService<InsightsDatabase>(),
                sp.GetRequiredService<TimeProvider>(),
                options.GroupSimilarity,
                options.MaxGroupsToMerge);
        });
        services.AddHostedService<InsightsDatabaseInitializer>();
        return services;
    }
}
