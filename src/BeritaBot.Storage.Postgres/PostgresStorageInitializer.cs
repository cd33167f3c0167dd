using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Storage.Postgres;

/// <summary>Migrates the shared store when the host starts, so a problem shows at once; the bot starts regardless.</summary>
internal sealed class PostgresStorageInitializer : IHostedService
{
    private readonly PostgresDatabase _database;
    private readonly ILogger<PostgresStorageInitializer> _logger;

    public PostgresStorageInitializer(PostgresDatabase database, ILogger<PostgresStorageInitializer> logger)
    {
        _database = database;
        _logger = logger;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        // A failure is logged once by the database; every operation retries the migration until it works.
        if (_database.Initialize())
        {
            _logger.LogInformation("Shared store ready at {Server} as instance {Instance}", _database.ServerDescription, _database.Instance.Id);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
