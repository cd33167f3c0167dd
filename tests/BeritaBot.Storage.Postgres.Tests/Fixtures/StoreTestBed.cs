using BeritaBot.Insights.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>Instances of the shared store, as several processes would have them, on one test database.</summary>
public sealed class StoreTestBed : IDisposable
{
    private readonly List<PostgresDatabase> _databases = [];

    public StoreTestBed(PostgresServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        ConnectionString = server.CreateDatabase();
    }

    public string ConnectionString { get; }

    public ManualTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RecordingLogger<PostgresDatabase> Log { get; } = new();

    public PostgresDatabase Instance(string name, string? connectionString = null)
    {
        var database = new PostgresDatabase(connectionString ?? ConnectionString, new InstanceIdentity(name), Time, TimeSpan.FromSeconds(2), Log);
        _databases.Add(database);
        return database;
    }

    public int Warnings => Log.AtLevel(LogLevel.Warning).Count();

    public void Dispose()
    {
        foreach (var database in _databases)
        {
            database.Dispose();
        }
    }
}
