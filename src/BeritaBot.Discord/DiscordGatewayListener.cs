using BeritaBot.Discord.Commands;
using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord;

/// <summary>Connects gateway events to the adapter: registers commands after the first READY, answers interactions.</summary>
public sealed class DiscordGatewayListener : IGatewayListener
{
    private readonly CommandRegistrar _registrar;
    private readonly InteractionHandler _handler;
    private readonly DiscordOptions _options;
    private readonly ILogger<DiscordGatewayListener> _logger;
    private int _registered;

    public DiscordGatewayListener(CommandRegistrar registrar, InteractionHandler handler, IOptions<DiscordOptions> options, ILogger<DiscordGatewayListener> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _registrar = registrar;
        _handler = handler;
        _options = options.Value;
        _logger = logger;
    }

    public async Task OnReadyAsync(ReadyData ready, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ready);
        var applicationId = string.IsNullOrWhiteSpace(_options.ApplicationId) ? ready.Application?.Id : _options.ApplicationId;
        if (applicationId is null)
        {
            _logger.LogError("No application id (set Discord:ApplicationId); slash commands were not registered");
            return;
        }

        // Later READYs (after a re-identify) find the commands registered already.
        if (Interlocked.Exchange(ref _registered, 1) == 1)
        {
            return;
        }

        try
        {
            await _registrar.EnsureRegisteredAsync(applicationId, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            Interlocked.Exchange(ref _registered, 0);
            _logger.LogError(ex, "Registering slash commands failed; will retry on the next READY");
        }
    }

    public Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken) =>
        _handler.HandleAsync(interaction, cancellationToken);
}
