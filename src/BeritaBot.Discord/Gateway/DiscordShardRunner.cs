using System.Text.Json;
using BeritaBot.Core.Coordination;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Gateway;

/// <summary>
/// Runs this process's shards: asks Discord once for the gateway URL, the recommended shard count and the session
/// start limit, then keeps one <see cref="DiscordGatewayClient"/> per shard until shutdown. Their Identifies go
/// through the <see cref="IConnectionStartGate"/>, shared across processes when a shared store is configured.
/// </summary>
public sealed class DiscordShardRunner
{
    private readonly IDiscordRestClient _rest;
    private readonly IConnectionStartGate _startGate;
    private readonly DiscordOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DiscordGatewayClient> _clientLogger;
    private readonly ILogger<DiscordShardRunner> _logger;
    private volatile IReadOnlyList<DiscordGatewayClient> _clients = [];

    public DiscordShardRunner(
        IDiscordRestClient rest,
        IConnectionStartGate startGate,
        IOptions<DiscordOptions> options,
        TimeProvider time,
        ILogger<DiscordGatewayClient> clientLogger,
        ILogger<DiscordShardRunner> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _startGate = startGate;
        _options = options.Value;
        _time = time;
        _clientLogger = clientLogger;
        _logger = logger;
    }

    /// <summary>One client per shard this process runs, once <see cref="RunAsync"/> has planned them.</summary>
    public IReadOnlyList<DiscordGatewayClient> Clients => _clients;

    /// <summary>Runs every shard of this process until cancelled, or until each has ended on a fatal close.</summary>
    /// <returns><see cref="GatewayCloseAction.Fatal"/> when any shard could not run, else <see cref="GatewayCloseAction.Stopped"/>.</returns>
    public async Task<GatewayCloseAction> RunAsync(IGatewayListener listener, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listener);
        try
        {
            var plan = await PlanAsync(cancellationToken);
            if (plan is null)
            {
                return GatewayCloseAction.Fatal;
            }

            var clients = plan.Shards.Ids.Select(id => new DiscordGatewayClient(plan, id, _startGate, _options, _time, _clientLogger)).ToList();
            _clients = clients;
            var outcomes = await Task.WhenAll(clients.Select(c => c.RunAsync(listener, cancellationToken)));
            return outcomes.Contains(GatewayCloseAction.Fatal) ? GatewayCloseAction.Fatal : GatewayCloseAction.Stopped;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return GatewayCloseAction.Stopped;
        }
    }

    private async Task<GatewayPlan?> PlanAsync(CancellationToken cancellationToken)
    {
        var configured = ShardSet.FromOptions(_options);
        var scope = DiscordToken.LimitScope(_options.BotToken!, "identify");
        if (_options.GatewayUrl is { } url)
        {
            var shards = configured ?? ShardSet.All(1);
            _logger.LogInformation("Running Discord shards {Shards} at the configured gateway", shards.ToString());
            return new GatewayPlan(url, shards, SessionStartLimit.Unknown.MaxConcurrency, scope);
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var info = await _rest.GetGatewayBotAsync(cancellationToken);
                var limit = info.SessionStartLimit;
                await _startGate.SetBudgetAsync(scope, new StartBudget(limit.Total, limit.Remaining, TimeSpan.FromMilliseconds(limit.ResetAfter)), cancellationToken);
                var shards = configured ?? ShardSet.All(Math.Max(1, info.Shards));
                _logger.LogInformation(
                    "Gateway: {Remaining} of {Total} session starts left, max concurrency {MaxConcurrency}, {Recommended} shards recommended; running shards {Shards}",
                    limit.Remaining, limit.Total, limit.MaxConcurrency, info.Shards, shards.ToString());
                if (limit.Remaining < shards.Ids.Count)
                {
                    _logger.LogWarning(
                        "Only {Remaining} session starts are left for {Shards} shards; the rest wait {ResetAfter} ms for the limit to reset",
                        limit.Remaining, shards.Ids.Count, limit.ResetAfter);
                }

                return new GatewayPlan(new Uri(info.Url), shards, Math.Max(1, limit.MaxConcurrency), scope);
            }
            catch (DiscordRestException ex) when (ex.StatusCode is System.Net.HttpStatusCode.Unauthorized)
            {
                _logger.LogCritical(ex, "Discord rejected the bot token (401); the Discord adapter stops. Check Discord:BotToken.");
                return null;
            }
            catch (Exception ex) when (ex is DiscordRestException or HttpRequestException or JsonException)
            {
                var delay = ReconnectBackoff.Delay(_options, attempt + 1);
                _logger.LogWarning(ex, "Could not get the gateway URL; retrying in {Delay}", delay);
                await Task.Delay(delay, _time, cancellationToken);
            }
        }
    }
}
