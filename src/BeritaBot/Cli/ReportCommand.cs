using System.CommandLine;
using System.Globalization;
using BeritaBot.Core.Insights;
using BeritaBot.Host.Hosting;
using BeritaBot.Insights;
using BeritaBot.Insights.Reporting;
using BeritaBot.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Host.Cli;

/// <summary><c>report [--since 7d|DATE] [--top N] [--format text|csv|json]</c>: the editors' report on stdout.</summary>
internal static class ReportCommand
{
    public static Command Create(ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides, TimeProvider? time = null)
    {
        var since = new Option<string?>("--since") { Description = "Only questions and votes since then: a date (2024-05-01), a UTC time, or an age (7d, 24h, 30m)" };
        var top = new Option<int>("--top") { Description = "How many groups and cards to list", DefaultValueFactory = _ => 10 };
        var format = new Option<ReportFormat>("--format") { Description = "text, csv or json", DefaultValueFactory = _ => ReportFormat.Text };
        var command = new Command("report", "The editors' report: the most frequent unanswered questions and the least helpful cards");
        command.Options.Add(since);
        command.Options.Add(top);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var clock = time ?? TimeProvider.System;
            DateTimeOffset? from = null;
            if (parse.GetValue(since) is { } text)
            {
                if (!TryParseSince(text, clock.GetUtcNow(), out var parsed))
                {
                    io.Error.WriteLine($"--since: '{text}' is neither a date, a time nor an age like 7d, 24h or 30m.");
                    return BeritaBotCli.ValidationFailed;
                }

                from = parsed;
            }

            var count = parse.GetValue(top);
            if (count < 1)
            {
                io.Error.WriteLine("--top must be at least 1.");
                return BeritaBotCli.ValidationFailed;
            }

            // The report reads only the insights database: it needs neither the knowledge nor the adapters.
            using var services = BuildServices(overrides, clock);
            EditorReport report;
            try
            {
                report = services.GetRequiredService<IEditorReportService>().Build(new ReportQuery(from, count));
            }
            catch (OptionsValidationException ex)
            {
                io.Error.WriteLine("Invalid configuration: " + string.Join("; ", ex.Failures));
                return BeritaBotCli.StartupFailed;
            }

            io.Out.Write(EditorReportFormatter.Format(report, parse.GetValue(format)));
            if (parse.GetValue(format) == ReportFormat.Text)
            {
                io.Out.WriteLine();
            }

            if (report.Problem is not null)
            {
                io.Error.WriteLine("Report problem: " + report.Problem);
                return BeritaBotCli.StartupFailed;
            }

            return BeritaBotCli.Success;
        });
        return command;
    }

    internal static bool TryParseSince(string text, DateTimeOffset now, out DateTimeOffset since)
    {
        text = text.Trim();
        if (text.Length >= 2 && int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var amount))
        {
            TimeSpan? age = char.ToLowerInvariant(text[^1]) switch
            {
                'd' => TimeSpan.FromDays(amount),
                'h' => TimeSpan.FromHours(amount),
                'm' => TimeSpan.FromMinutes(amount),
                _ => null,
            };
            if (age is { } value)
            {
                since = now - value;
                return true;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out since);
    }

    private static ServiceProvider BuildServices(IReadOnlyDictionary<string, string?>? overrides, TimeProvider time)
    {
        var configuration = new ConfigurationBuilder();
        BotHostFactory.Configure(configuration, Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production, null, overrides);
        var services = new ServiceCollection();
        services.AddSingleton(time);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddSimpleConsole(o => o.SingleLine = true);
        });
        services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        var built = configuration.Build();
        if (PostgresStorageServiceCollectionExtensions.IsConfigured(built))
        {
            services.AddPostgresStorage(built);
        }
        else
        {
            services.AddBeritaInsights(built);
        }

        return services.BuildServiceProvider();
    }
}
