using BeritaBot.Core;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord;
using BeritaBot.Host.Configuration;
using BeritaBot.Host.Knowledge;
using BeritaBot.Insights;
using BeritaBot.Storage.Postgres;
using BeritaBot.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace BeritaBot.Host.Hosting;

/// <summary>Builds the Generic Host every command runs in: configuration, logging to stderr, the core and the adapters.</summary>
public static class BotHostFactory
{
    /// <param name="knowledgePath">The --knowledge option, overriding configuration.</param>
    /// <param name="quiet">For commands whose stdout is their product: log only warnings and errors.</param>
    /// <param name="overrides">Extra configuration (tests).</param>
    /// <param name="chat">
    /// For the console chat, which shares the terminal with the log: warnings and errors only, and none from the
    /// knowledge store, whose reload outcome the chat reports itself (otherwise a failed /reload is told twice).
    /// </param>
    public static IHost Build(string? knowledgePath, bool quiet, IReadOnlyDictionary<string, string?>? overrides = null, bool chat = false)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        Configure(builder.Configuration, builder.Environment.EnvironmentName, knowledgePath, overrides);

        if (quiet || chat)
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }
        else
        {
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        }

        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        if (chat)
        {
            builder.Logging.AddFilter(typeof(KnowledgeStore).FullName, LogLevel.None);
        }

        // stdout belongs to answers (ask --json is piped into other tools): every log line goes to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o =>
        {
            o.ShutdownTimeout = TimeSpan.FromSeconds(15);
            // One adapter's failure must not stop the host and the other adapter.
            o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore;
        });
        builder.Services.AddBeritaCore(builder.Configuration);

        // Several instances share PostgreSQL; one process keeps its SQLite file, with no server needed.
        if (PostgresStorageServiceCollectionExtensions.IsConfigured(builder.Configuration))
        {
            builder.Services.AddPostgresStorage(builder.Configuration);
        }
        else
        {
            builder.Services.AddBeritaInsights(builder.Configuration);
        }

        builder.Services.AddKnowledgeWatcher();
        builder.Services.AddTelegramAdapter(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        return builder.Build();
    }

    /// <summary>appsettings.json, appsettings.{env}.json, .env, environment variables, then overrides: later wins.</summary>
    public static void Configure(IConfigurationBuilder configuration, string environmentName, string? knowledgePath, IReadOnlyDictionary<string, string?>? overrides)
    {
        configuration
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false)
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, $"appsettings.{environmentName}.json"), optional: true, reloadOnChange: false)
            .Add(new DotEnvConfigurationSource(Path.Combine(Directory.GetCurrentDirectory(), ".env")))
            .AddEnvironmentVariables();
        var extra = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>());
        if (!string.IsNullOrWhiteSpace(knowledgePath))
        {
            extra["Knowledge:Path"] = Path.GetFullPath(knowledgePath);
        }

        configuration.AddInMemoryCollection(extra);
    }
}
