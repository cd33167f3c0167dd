using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Reload;

/// <summary>
/// Listens for other instances' reloads (LISTEN/NOTIFY) and applies them, sends this instance's heartbeat, and
/// prunes old rows. A lost connection is logged once and retried; after reconnecting it applies the newest reload it
/// may have missed.
/// </summary>
internal sealed class ReloadListener : BackgroundService
{
    private readonly PostgresDatabase _database;
    private readonly ReloadRequests _requests;
    private readonly ClusterKnowledgeStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _heartbeat;
    private readonly TimeSpan _retention;
    private readonly ILogger<ReloadListener> _logger;
    private readonly Channel<Guid> _pending = Channel.CreateUnbounded<Guid>(new() { SingleReader = true });
    private readonly DateTimeOffset _startedAt;

    public ReloadListener(
        PostgresDatabase database,
        ReloadRequests requests,
        ClusterKnowledgeStore store,
        TimeProvider time,
        TimeSpan heartbeat,
        TimeSpan retention,
        ILogger<ReloadListener> logger)
    {
        _database = database;
        _requests = requests;
        _store = store;
        _time = time;
        _heartbeat = heartbeat;
        _retention = retention;
        _logger = logger;
        _startedAt = time.GetUtcNow();
    }

    /// <summary>Completes when the first LISTEN is in place (tests wait for it before reloading elsewhere).</summary>
    internal TaskCompletionSource Listening { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        _requests.Leave();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(
            Task.Run(() => ListenAsync(stoppingToken), stoppingToken),
            Task.Run(() => ApplyAsync(stoppingToken), stoppingToken),
            Task.Run(() => BeatAsync(stoppingToken), stoppingToken));

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        var failing = false;
        DateTimeOffset? lostAt = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await _database.DataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) =>
                {
                    if (Guid.TryParse(e.Payload, out var id))
                    {
                        _pending.Writer.TryWrite(id);
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {ReloadRequests.Channel};", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                if (failing)
                {
                    _logger.LogInformation("Listening for reloads again on the shared store {Server}", _database.ServerDescription);
                    failing = false;
                }

                // A reload announced while this instance was not listening: apply the newest one.
                if (lostAt is { } since && _requests.LatestSince(since) is { } missed)
                {
                    _pending.Writer.TryWrite(missed.Id);
                }

                lostAt = null;
                Listening.TrySetResult();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (PostgresDatabase.IsStoreFailure(ex))
            {
                lostAt ??= _time.GetUtcNow();
                if (!failing)
                {
                    _logger.LogWarning(ex, "Lost the reload channel on the shared store {Server}; other instances' reloads reach this one when it is back", _database.ServerDescription);
                    failing = true;
                }

                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(1), _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task ApplyAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var id in _pending.Reader.ReadAllAsync(stoppingToken))
            {
                var request = _requests.Find(id);
                if (request is null || request.Origin == _requests.Self)
                {
                    continue;
                }

                try
                {
                    var outcome = _store.Apply(request);
                    _requests.RecordOutcome(request.Id, outcome);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A bug in loading must not stop the listener: the old knowledge keeps serving.
                    _logger.LogError(ex, "Applying reload {RequestId} from {Origin} failed unexpectedly", request.Id, request.Origin);
                    _requests.RecordOutcome(request.Id, new(_requests.Self, false, null, "failed unexpectedly: " + ex.Message));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task BeatAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_heartbeat, _time);
        var beats = 0L;
        try
        {
            do
            {
                _requests.Heartbeat(_startedAt, _store.Version);
                if (beats++ % 1000 == 0)
                {
                    _requests.Prune(_retention);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
