using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Commands;

/// <summary>Registers the commands with one bulk overwrite, only when what Discord has differs.</summary>
public sealed class CommandRegistrar
{
    private readonly IDiscordRestClient rest;
    private readonly DiscordOptions options;
    private readonly ILogger<CommandRegistrar> logger;

    public CommandRegistrar(IDiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.rest = rest;
        this.options = options.Value;
        this.logger = logger;
    }

    /// <returns>True when the commands were (re)written.</returns>
    public async Task<bool> EnsureRegisteredAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guildId = string.IsNullOrWhiteSpace(options.GuildId) ? null : options.GuildId;
        var current = await rest.GetCommandsAsync(applicationId, guildId, cancellationToken);
        if (CommandComparer.AreEquivalent(CommandCatalog.All, current))
        {
            logger.LogInformation("Slash commands are up to date ({Scope}); not re-registering", guildId is null ? "global" : "guild " + guildId);
            return false;
        }

        await rest.BulkOverwriteCommandsAsync(applicationId, guildId, CommandCatalog.All, cancellationToken);
        logger.LogInformation("Registered {Count} slash commands ({Scope})", CommandCatalog.All.Count, guildId is null ? "global: may take a while to appear" : "guild " + guildId);
        return true;
    }
}
