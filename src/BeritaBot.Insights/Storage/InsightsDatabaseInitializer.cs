using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Insights.Storage;

/// <summary>Creates and migrates the database when the host starts, so a problem shows in the log at once.</summary>
internal sealed class InsightsDatabaseInitializer : IHostedService
{
    private readonly InsightsDatabase _database;
    private readonly ILogger<InsightsDatabaseInitializer> _logger;

    public InsightsDatabaseInitializer(InsightsDatabase database, ILogger<InsightsDatabaseInitializer> logger)
    {
        _database = database;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A failure is already logged as a warning by the database; the bot starts and answers regardless.
        if (_database.Initialize())
        {
            _logger.LogInformation("Insights database ready at {Path}", _database.Path);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
