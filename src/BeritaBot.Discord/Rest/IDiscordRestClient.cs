using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Rest;

/// <summary>The few Discord REST calls the adapter makes. Failures throw <see cref="DiscordRestException"/>.</summary>
public interface IDiscordRestClient
{
    Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken);

    /// <param name="guildId">Null for the global commands.</param>
    Task<IReadOnlyList<ApplicationCommand>> GetCommandsAsync(string applicationId, string? guildId, CancellationToken cancellationToken);

    Task BulkOverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken);

    Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionResponse response, CancellationToken cancellationToken);

    /// <summary>Edits the original response, e.g. after a deferred reply.</summary>
    Task EditOriginalResponseAsync(string applicationId, string interactionToken, InteractionCallbackData data, CancellationToken cancellationToken);
}
