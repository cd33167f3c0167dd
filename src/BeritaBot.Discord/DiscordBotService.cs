using BeritaBot.Core.Configuration;
using BeritaBot.Discord.Gateway;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord;

/// <summary>
/// Runs the Discord adapter. Whatever happens here stays here: a fatal gateway close or an unexpected error stops
/// this adapter with a log line and never takes down the host or the other adapter.
/// </summary>
public sealed class DiscordBotService : BackgroundService
{
    private readonly DiscordShardRunner _shards;
    private readonly DiscordGatewayListener _listener;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordBotService> _logger;

    public DiscordBotService(DiscordShardRunner shards, DiscordGatewayListener listener, IOptions<DiscordOptions> options, ILogger<DiscordBotService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _shards = shards;
        _listener = listener;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>How the adapter ended; null while running or when it never started.</summary>
    public GatewayCloseAction? Outcome { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var token = BotTokenCheck.Classify(_options.BotToken, t => DiscordToken.IsReal(t));
        if (token != TokenStatus.Token)
        {
            if (token == TokenStatus.NotAToken)
            {
                _logger.LogWarning("Discord adapter is off: the configured bot token is not a Discord bot token ({Shape})", DiscordToken.Shape);
            }
            else
            {
                _logger.LogInformation("Discord adapter is off: no bot token configured (Discord__BotToken or DISCORD_BOT_TOKEN)");
            }

            return;
        }

        await Task.Yield();
        try
        {
            Outcome = await _shards.RunAsync(_listener, stoppingToken);
            if (Outcome == GatewayCloseAction.Fatal)
            {
                _logger.LogError("Discord adapter stopped after a fatal gateway error; the rest of BeritaBot keeps running");
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            Outcome = GatewayCloseAction.Stopped;
        }
        catch (Exception ex)
        {
            Outcome = GatewayCloseAction.Fatal;
            _logger.LogCritical(ex, "Discord adapter failed and stopped; the rest of BeritaBot keeps running");
        }
    }
}
