using BeritaBot.Core.Coordination;
using BeritaBot.Storage.Postgres.Schema;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BeritaBot.Storage.Postgres;

/// <summary>
/// The PostgreSQL server every instance shares. Migrates the schema on first use and turns every failure into one
/// warning per outage, a counted failed write and a false return: the store must never break answering. While it
/// fails, operations fail fast for a short while instead of each waiting on the network.
/// </summary>
public sealed class PostgresDatabase : IStoreHealth, IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _time;
    private readonly TimeSpan _retryAfterFailure;
    private readonly ILogger<PostgresDatabase> _logger;
    private readonly Lock _schemaGate = new();
    private volatile bool _schemaReady;
    private byte[]? _voterSalt;
    private int _failing;
    private long _failedWrites;
    private long _retryAtTicks;
    private volatile string? _lastProblem;

    public PostgresDatabase(string connectionString, InstanceIdentity instance, TimeProvider time, TimeSpan retryAfterFailure, ILogger<PostgresDatabase> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(instance);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.ApplicationName))
        {
            builder.ApplicationName = "BeritaBot " + instance.Id;
        }

        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        Instance = instance;
        _time = time;
        _retryAfterFailure = retryAfterFailure;
        _logger = logger;
        ServerDescription = $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    public InstanceIdentity Instance { get; }

    /// <summary>Host, port and database, never the password: for logs.</summary>
    public string ServerDescription { get; }

    public long FailedWrites => Interlocked.Read(ref _failedWrites);

    public string? LastProblem => _lastProblem;

    /// <summary>The per-store random key for voter hashes; available inside an operation.</summary>
    internal byte[] VoterSalt => _voterSalt ?? throw new InvalidOperationException("The schema has not been read yet.");

    internal NpgsqlDataSource DataSource => _dataSource;

    /// <summary>Migrates now, so a problem shows at start. False (logged) when the server cannot be reached.</summary>
    public bool Initialize() => TryRun("migrate the schema", write: false, _ => true, out _);

    public StoreHealth Check()
    {
        var reachable = TryRun("check the store", write: false, connection =>
        {
            using var command = new NpgsqlCommand("SELECT 1;", connection);
            return command.ExecuteScalar();
        }, out _);
        return new StoreHealth(reachable, FailedWrites, _lastProblem);
    }

    /// <summary>Runs <paramref name="work"/> on an open connection with the schema in place. Never throws for the store's own failures.</summary>
    /// <param name="write">A failed write is counted in <see cref="FailedWrites"/>.</param>
    internal bool TryRun<T>(string operation, bool write, Func<NpgsqlConnection, T> work, out T result)
    {
        result = default!;
        if (!MayTry(write))
        {
            return false;
        }

        try
        {
            using var connection = _dataSource.OpenConnection();
            EnsureSchema(connection);
            result = work(connection);
            MarkHealthy();
            return true;
        }
        catch (Exception ex) when (IsStoreFailure(ex))
        {
            MarkFailing(ex, operation, write);
            return false;
        }
    }

    internal async ValueTask<(bool Succeeded, T Result)> TryRunAsync<T>(
        string operation, bool write, Func<NpgsqlConnection, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (!MayTry(write))
        {
            return (false, default!);
        }

        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            EnsureSchema(connection);
            var result = await work(connection, cancellationToken);
            MarkHealthy();
            return (true, result);
        }
        catch (Exception ex) when (IsStoreFailure(ex) && !cancellationToken.IsCancellationRequested)
        {
            MarkFailing(ex, operation, write);
            return (false, default!);
        }
    }

    /// <summary>Counts a write that a caller could not even attempt (its connection broke while it held it).</summary>
    internal void CountFailure(Exception ex, string operation) => MarkFailing(ex, operation, write: true);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();

    internal static bool IsStoreFailure(Exception ex) =>
        ex is NpgsqlException or TimeoutException or IOException or System.Net.Sockets.SocketException
        || (ex is InvalidOperationException && ex.Source == "Npgsql");

    private bool MayTry(bool write)
    {
        if (Volatile.Read(ref _failing) == 0 || _time.GetUtcNow().UtcTicks >= Interlocked.Read(ref _retryAtTicks))
        {
            return true;
        }

        if (write)
        {
            Interlocked.Increment(ref _failedWrites);
        }

        return false;
    }

    private void EnsureSchema(NpgsqlConnection connection)
    {
        if (_schemaReady)
        {
            return;
        }

        lock (_schemaGate)
        {
            if (_schemaReady)
            {
                return;
            }

            var (from, salt) = PostgresMigrator.Migrate(connection);
            _voterSalt = salt;
            _schemaReady = true;
            if (from < PostgresMigrations.LatestVersion)
            {
                _logger.LogInformation(
                    "Shared store {Server} migrated from schema version {From} to {To}", ServerDescription, from, PostgresMigrations.LatestVersion);
            }
        }
    }

    private void MarkHealthy()
    {
        _lastProblem = null;
        if (Interlocked.Exchange(ref _failing, 0) == 1)
        {
            _logger.LogInformation("Shared store {Server} works again; {FailedWrites} write(s) were lost meanwhile", ServerDescription, FailedWrites);
        }
    }

    private void MarkFailing(Exception ex, string operation, bool write)
    {
        _lastProblem = ex.Message;
        if (write)
        {
            Interlocked.Increment(ref _failedWrites);
        }

        Interlocked.Exchange(ref _retryAtTicks, (_time.GetUtcNow() + _retryAfterFailure).UtcTicks);

        // The server may come back empty (restored, replaced): read the schema again, on fresh connections.
        _schemaReady = false;
        _dataSource.Clear();
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            _logger.LogWarning(
                ex,
                "Shared store {Server} failed to {Operation}; answering goes on, and writes are counted as lost until it works again",
                ServerDescription,
                operation);
        }
        else
        {
            _logger.LogDebug(ex, "Shared store {Server} failed again to {Operation}", ServerDescription, operation);
        }
    }
}
