using System.Net.WebSockets;
using System.Text.Json;
using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Gateway;

/// <summary>
/// A small gateway client for one shard: Hello → Identify/Resume → dispatches, with heartbeats, zombie detection,
/// reconnect/resume and backoff. It receives interactions only (intents 0) and hands them to an
/// <see cref="IGatewayListener"/> once each.
/// </summary>
public sealed class DiscordGatewayClient
{
    private readonly IDiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _logger;
    private readonly IdentifyLimiter _identifyLimiter;
    private readonly RecentIds _seenInteractions = new(5_000);
    private readonly BackgroundWork _work;

    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;

    public DiscordGatewayClient(IDiscordRestClient rest, IOptions<DiscordOptions> options, TimeProvider time, ILogger<DiscordGatewayClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _options = options.Value;
        _time = time;
        _logger = logger;
        _identifyLimiter = new IdentifyLimiter(time, _options.IdentifyWindow);
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
        var gatewayUrl = await ResolveGatewayUrlAsync(cancellationToken);
        if (gatewayUrl is null)
        {
            return GatewayCloseAction.Fatal;
        }

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
                await WaitForIdentifySlotAsync(cancellationToken);
            }

            var outcome = await ConnectOnceAsync(resume ? _resumeUrl! : gatewayUrl, resume, handler, cancellationToken);
            action = outcome.Action;
            if (action is GatewayCloseAction.Fatal or GatewayCloseAction.Stopped)
            {
                return action;
            }

            failures = outcome.Established ? 0 : failures + 1;
            var delay = outcome.Delay ?? Backoff(failures);
            _logger.LogInformation("Gateway connection ended; {Action} in {Delay}", action, delay);
            await Task.Delay(delay, _time, cancellationToken);
        }

        return GatewayCloseAction.Stopped;
    }

    private async Task<Uri?> ResolveGatewayUrlAsync(CancellationToken cancellationToken)
    {
        if (_options.GatewayUrl is not null)
        {
            return _options.GatewayUrl;
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var info = await _rest.GetGatewayBotAsync(cancellationToken);
                _identifyLimiter.Update(info.SessionStartLimit);
                _logger.LogInformation(
                    "Gateway: {Remaining} of {Total} session starts left, max concurrency {MaxConcurrency}, {Shards} shards recommended",
                    info.SessionStartLimit.Remaining, info.SessionStartLimit.Total, info.SessionStartLimit.MaxConcurrency, info.Shards);
                return new Uri(info.Url);
            }
            catch (DiscordRestException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Unauthorized)
            {
                _logger.LogCritical(ex, "Discord rejected the bot token (401); the Discord adapter stops. Check Discord:BotToken.");
                return null;
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or JsonException)
            {
                var delay = Backoff(attempt + 1);
                _logger.LogWarning(ex, "Could not get the gateway URL; retrying in {Delay}", delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }

    private async Task WaitForIdentifySlotAsync(CancellationToken cancellationToken)
    {
        TimeSpan delay;
        while ((delay = _identifyLimiter.NextDelay()) > TimeSpan.Zero)
        {
            _logger.LogInformation("Waiting {Delay} before identifying (session start limit)", delay);
            await Task.Delay(delay, _time, cancellationToken);
        }
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
            _logger.LogInformation("Identifying as shard {ShardId} of {ShardCount}", _options.ShardId, _options.ShardCount);
            _identifyLimiter.Record();
            var identify = new IdentifyData(
                _options.BotToken!,
                Intents: 0,
                new IdentifyProperties(Environment.OSVersion.Platform.ToString().ToLowerInvariant(), "beritabot", "beritabot"),
                [_options.ShardId, _options.ShardCount]);
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
                _logger.LogInformation("Gateway READY as {User} (application {ApplicationId})", ready.User?.Username, ApplicationId);
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

    private TimeSpan Backoff(int failures)
    {
        var baseDelay = _options.ReconnectBaseDelay * Math.Pow(2, Math.Min(failures, 16));
        var capped = baseDelay < _options.ReconnectMaxDelay ? baseDelay : _options.ReconnectMaxDelay;
        // Jitter spreads reconnecting shards and processes apart.
        return failures == 0 ? _options.ReconnectBaseDelay * Random.Shared.NextDouble() : capped * (0.5 + (Random.Shared.NextDouble() / 2));
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
