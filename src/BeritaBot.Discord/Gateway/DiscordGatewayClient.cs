using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using BeritaBot.Core.Coordination;
using BeritaBot.Discord.Payloads;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Discord.Gateway;

/// <summary>
/// A small gateway client for one shard: Hello → Identify/Resume → dispatches, with heartbeats, zombie detection,
/// reconnect/resume and backoff. It receives interactions only (intents 0) and hands them to an
/// <see cref="IGatewayListener"/> once each. <see cref="DiscordShardRunner"/> runs one per shard of the process.
/// </summary>
public sealed class DiscordGatewayClient
{
    /// <summary>A wait for an Identify turn longer than this is spent disconnected rather than holding an idle connection.</summary>
    private static readonly TimeSpan LongIdentifyWait = TimeSpan.FromMinutes(1);

    private readonly GatewayPlan _plan;
    private readonly int _shardId;
    private readonly IConnectionStartGate _startGate;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly RecentIds _seenInteractions = new(5_000);
    private readonly BackgroundWork _work;

    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;

    internal DiscordGatewayClient(GatewayPlan plan, int shardId, IConnectionStartGate startGate, DiscordOptions options, TimeProvider time, ILogger<DiscordGatewayClient> logger)
    {
        _plan = plan;
        _shardId = shardId;
        _startGate = startGate;
        _options = options;
        _time = time;
        _logger = logger;
        _work = new BackgroundWork(logger);
    }

    /// <summary>The application id from READY.</summary>
    public string? ApplicationId { get; private set; }

    /// <summary>Connects and keeps the session alive until cancelled or a fatal close.</summary>
    /// <returns><see cref="GatewayCloseAction.Fatal"/> or <see cref="GatewayCloseAction.Stopped"/>.</returns>
    public async Task<GatewayCloseAction> RunAsync(IGatewayListener handler, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            return await RunSessionsAsync(handler, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return GatewayCloseAction.Stopped;
        }
        finally
        {
            await _work.WhenAllAsync();
        }
    }

    private async Task<GatewayCloseAction> RunSessionsAsync(IGatewayListener handler, CancellationToken cancellationToken)
    {
        var failures = 0;
        var action = GatewayCloseAction.Reidentify;
        while (!cancellationToken.IsCancellationRequested)
        {
            var resume = action == GatewayCloseAction.Resume && _sessionId is not null && _resumeUrl is not null;
            if (!resume)
            {
                _sessionId = null;
                _resumeUrl = null;
                _sequence = null;
            }

            var outcome = await ConnectOnceAsync(resume ? _resumeUrl! : _plan.Url, resume, handler, cancellationToken);
            action = outcome.Action;
            if (action is GatewayCloseAction.Fatal or GatewayCloseAction.Stopped)
            {
                return action;
            }

            failures = outcome.Established ? 0 : failures + 1;
            var delay = outcome.Delay ?? ReconnectBackoff.Delay(_options, failures);
            _logger.LogInformation("Gateway connection of shard {ShardId} ended; {Action} in {Delay}", _shardId, action, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }

        return GatewayCloseAction.Stopped;
    }

    /// <summary>
    /// Waits for this shard's Identify turn: its bucket's once per window and the session start limit, across every
    /// process when the gate is shared. Taken after Hello, right before sending, so the spacing holds where Discord
    /// counts it; the heartbeat keeps the connection alive meanwhile.
    /// </summary>
    /// <returns>Null once the turn is taken; a wait longer than <see cref="LongIdentifyWait"/> (the day's session starts are spent) to spend disconnected.</returns>
    private async Task<TimeSpan?> WaitForIdentifyTurnAsync(CancellationToken cancellationToken)
    {
        var bucket = ShardSet.IdentifyBucket(_shardId, _plan.MaxConcurrency);
        var lane = bucket.ToString(CultureInfo.InvariantCulture);
        TimeSpan delay;
        while ((delay = await _startGate.TryStartAsync(_plan.IdentifyScope, lane, _options.IdentifyWindow, cancellationToken)) > TimeSpan.Zero)
        {
            if (delay > LongIdentifyWait)
            {
                return delay;
            }

            _logger.LogInformation("Shard {ShardId} waits {Delay} to identify (Identify bucket {Bucket}, session start limit)", _shardId, delay, bucket);
            await Task.Delay(delay, _time, cancellationToken);
        }

        return null;
    }

    private async Task<ConnectionOutcome> ConnectOnceAsync(Uri url, bool resume, IGatewayListener handler, CancellationToken cancellationToken)
    {
        using var connection = new GatewayConnection();
        // Not linked to the stopping token: on shutdown the close handshake must still be able to run (see below).
        using var connectionCts = new CancellationTokenSource();
        var state = new ConnectionState { AbortReceive = connectionCts.Cancel };
        try
        {
            await connection.ConnectAsync(WithQuery(url), cancellationToken);
            // On shutdown, close with 1000 and let the receive loop see the server's echo; abort if it never comes.
            using var shutdown = cancellationToken.Register(() => _ = CloseForShutdownAsync(connection, connectionCts));
            return await ReceiveLoopAsync(connection, resume, handler, state, connectionCts.Token, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(GatewayCloseAction.Stopped, state.Established);
        }
        catch (OperationCanceledException) when (state.Zombie)
        {
            _logger.LogWarning("Gateway connection went quiet (no heartbeat ACK); reconnecting to resume");
            return new ConnectionOutcome(GatewayCloseAction.Resume, state.Established);
        }
        catch (Exception ex) when (ex is WebSocketException or IOException or JsonException or HttpRequestException)
        {
            _logger.LogWarning(ex, "Gateway connection failed; reconnecting");
            return new ConnectionOutcome(GatewayCloseAction.Resume, state.Established);
        }
        finally
        {
            await connectionCts.CancelAsync();
            if (state.Heartbeat is { } heartbeat)
            {
                await heartbeat;
            }
        }
    }

    private async Task<ConnectionOutcome> ReceiveLoopAsync(
        GatewayConnection connection,
        bool resume,
        IGatewayListener handler,
        ConnectionState state,
        CancellationToken connectionToken,
        CancellationToken stoppingToken)
    {
        var hello = await connection.ReceiveAsync(connectionToken);
        if (hello is null)
        {
            return Closed(connection, state, stoppingToken);
        }

        if (hello.Op != GatewayOpCode.Hello || hello.D is null)
        {
            throw new JsonException($"Expected Hello (op 10) first, got op {hello.Op}.");
        }

        var interval = TimeSpan.FromMilliseconds(hello.D.Value.Deserialize<HelloData>(DiscordJson.Options)!.HeartbeatInterval);
        state.Heartbeat = HeartbeatLoopAsync(connection, interval, state, connectionToken);

        if (resume)
        {
            _logger.LogInformation("Resuming gateway session at sequence {Sequence}", _sequence);
            await connection.SendAsync(new GatewayCommand<ResumeData>(GatewayOpCode.Resume, new(_options.BotToken!, _sessionId!, _sequence)), connectionToken);
        }
        else
        {
            if (await WaitForIdentifyTurnAsync(connectionToken) is { } longWait)
            {
                _logger.LogWarning("No session starts left for shard {ShardId}; it reconnects in {Delay}, when Discord's limit resets", _shardId, longWait);
                await connection.CloseOutputAsync(1000, "session start limit", connectionToken);
                return new ConnectionOutcome(GatewayCloseAction.Reidentify, state.Established, longWait);
            }

            _logger.LogInformation("Identifying as shard {ShardId} of {ShardCount}", _shardId, _plan.Shards.Count);
            var identify = new IdentifyData(
                _options.BotToken!,
                Intents: 0,
                new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "beritabot", "beritabot"),
                [_shardId, _plan.Shards.Count]);
            await connection.SendAsync(new GatewayCommand<IdentifyData>(GatewayOpCode.Identify, identify), connectionToken);
        }

        while (true)
        {
            var frame = await connection.ReceiveAsync(connectionToken);
            if (frame is null)
            {
                return Closed(connection, state, stoppingToken);
            }

            switch (frame.Op)
            {
                case GatewayOpCode.Dispatch:
                    _sequence = frame.S ?? _sequence;
                    OnDispatch(frame, handler, state, stoppingToken);
                    break;
                case GatewayOpCode.Heartbeat:
                    await SendHeartbeatAsync(connection, state, connectionToken);
                    break;
                case GatewayOpCode.HeartbeatAck:
                    state.Acked = true;
                    break;
                case GatewayOpCode.Reconnect:
                    _logger.LogInformation("Gateway asked to reconnect (op 7)");
                    await connection.CloseOutputAsync(GatewayCloseCodes.ClientResume, "reconnect", connectionToken);
                    return new ConnectionOutcome(GatewayCloseAction.Resume, state.Established, TimeSpan.Zero);
                case GatewayOpCode.InvalidSession:
                    var resumable = frame.D is { ValueKind: JsonValueKind.True };
                    _logger.LogWarning("Gateway invalidated the session (op 9, resumable: {Resumable})", resumable);
                    await connection.CloseOutputAsync(GatewayCloseCodes.ClientResume, "invalid session", connectionToken);
                    return new ConnectionOutcome(
                        resumable ? GatewayCloseAction.Resume : GatewayCloseAction.Reidentify,
                        state.Established,
                        _options.InvalidSessionMaxDelay * Random.Shared.NextDouble());
                default:
                    _logger.LogDebug("Ignoring gateway op {Op}", frame.Op);
                    break;
            }
        }
    }

    private void OnDispatch(GatewayFrame frame, IGatewayListener handler, ConnectionState state, CancellationToken stoppingToken)
    {
        switch (frame.T)
        {
            case "READY":
                var ready = frame.D!.Value.Deserialize<ReadyData>(DiscordJson.Options)!;
                _sessionId = ready.SessionId;
                _resumeUrl = new Uri(ready.ResumeGatewayUrl);
                ApplicationId = ready.Application?.Id ?? ApplicationId;
                state.Established = true;
                _logger.LogInformation("Gateway READY on shard {ShardId} as {User} (application {ApplicationId})", _shardId, ready.User?.Username, ApplicationId);
                _work.Run("READY", () => handler.OnReadyAsync(ready, stoppingToken));
                break;
            case "RESUMED":
                state.Established = true;
                _logger.LogInformation("Gateway session resumed");
                break;
            case "INTERACTION_CREATE":
                var interaction = frame.D!.Value.Deserialize<Interaction>(DiscordJson.Options)!;
                if (!_seenInteractions.Add(interaction.Id))
                {
                    _logger.LogDebug("Interaction {InteractionId} was already handled; skipping the replay", interaction.Id);
                    break;
                }

                _work.Run("interaction", () => handler.OnInteractionAsync(interaction, stoppingToken));
                break;
            default:
                break;
        }
    }

    private async Task HeartbeatLoopAsync(GatewayConnection connection, TimeSpan interval, ConnectionState state, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * Random.Shared.NextDouble(), _time, cancellationToken);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (!state.Acked)
                {
                    state.Zombie = true;
                    await connection.CloseOutputAsync(GatewayCloseCodes.ClientResume, "no heartbeat ack", cancellationToken);
                    throw new OperationCanceledException("zombie");
                }

                await SendHeartbeatAsync(connection, state, cancellationToken);
                await Task.Delay(interval, _time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (state.Zombie && !cancellationToken.IsCancellationRequested)
        {
            // Unblock the receive loop, which would otherwise wait on a dead connection forever.
            state.AbortReceive?.Invoke();
        }
        catch (OperationCanceledException)
        {
            // The connection ended; its receive loop decides what happens next.
        }
        catch (Exception ex) when (ex is WebSocketException or IOException)
        {
            _logger.LogDebug(ex, "Heartbeat stopped: the connection is gone");
        }
    }

    private async Task SendHeartbeatAsync(GatewayConnection connection, ConnectionState state, CancellationToken cancellationToken)
    {
        state.Acked = false;
        await connection.SendAsync(new GatewayCommand<long?>(GatewayOpCode.Heartbeat, _sequence), cancellationToken);
    }

    private ConnectionOutcome Closed(GatewayConnection connection, ConnectionState state, CancellationToken stoppingToken)
    {
        if (stoppingToken.IsCancellationRequested)
        {
            return new ConnectionOutcome(GatewayCloseAction.Stopped, state.Established);
        }

        var code = connection.CloseStatus;
        var action = GatewayCloseCodes.Classify(code);
        if (action == GatewayCloseAction.Fatal)
        {
            _logger.LogCritical(
                "Discord closed the gateway with {CloseCode} ({Reason}); this cannot be fixed by reconnecting, so the Discord adapter stops. Check the bot token, shard settings and intents.",
                code, connection.CloseDescription);
        }
        else
        {
            _logger.LogWarning("Gateway closed with {CloseCode} ({Reason})", code, connection.CloseDescription);
        }

        return new ConnectionOutcome(action, state.Established);
    }

    private async Task CloseForShutdownAsync(GatewayConnection connection, CancellationTokenSource connectionCts)
    {
        try
        {
            connectionCts.CancelAfter(TimeSpan.FromSeconds(2));
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await connection.CloseOutputAsync(1000, "shutting down", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            _logger.LogDebug(ex, "Could not close the gateway cleanly");
        }
    }

    private static Uri WithQuery(Uri url)
    {
        var builder = new UriBuilder(url) { Query = "v=10&encoding=json" };
        if (builder.Path.Length == 0)
        {
            builder.Path = "/";
        }

        return builder.Uri;
    }

    private sealed class ConnectionState
    {
        public volatile bool Acked = true;
        public volatile bool Zombie;
        public volatile bool Established;

        public Task? Heartbeat { get; set; }

        public Action? AbortReceive { get; set; }
    }

    private sealed record ConnectionOutcome(GatewayCloseAction Action, bool Established, TimeSpan? Delay = null);
}
