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
    private readonly CommandRegistrar registrar;
    private readonly InteractionHandler handler;
    private readonly DiscordOptions options;
    private readonly ILogger<DiscordGatewayListener> logger;
    private int registered;

    public DiscordGatewayListener(CommandRegistrar registrar, InteractionHandler handler, IOptions<DiscordOptions> options, ILogger<DiscordGatewayListener> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.registrar = registrar;
        this.handler = handler;
        this.options = options.Value;
        this.logger = logger;
    }

    public async Task OnReadyAsync(ReadyData ready, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ready);
        var applicationId = string.IsNullOrWhiteSpace(options.ApplicationId) ? ready.Application?.Id : options.ApplicationId;
        if (applicationId is null)
        {
            logger.LogError("No application id (set Discord:ApplicationId); slash commands were not registered");
            return;
        }

        // Later READYs (after a re-identify) find the commands registered already.
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }

        try
        {
            await registrar.EnsureRegisteredAsync(applicationId, cancellationToken);
        }
        catch (Exception ex) when (ex is DiscordRestException or HttpRequestException)
        {
            Interlocked.Exchange(ref registered, 0);
            logger.LogError(ex, "Registering slash commands failed; will retry on the next READY");
        }
    }

    public Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken) =>
        handler.HandleAsync(interaction, cancellationToken);
}
