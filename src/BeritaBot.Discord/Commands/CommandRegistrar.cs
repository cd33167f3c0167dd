using BeritaBot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Commands;

/// <summary>Registers the commands with one bulk overwrite, only when what Discord has differs.</summary>
public sealed class CommandRegistrar
{
    private readonly IDiscordRestClient _rest;
    private readonly DiscordOptions _options;
    private readonly ILogger<CommandRegistrar> _logger;

    public CommandRegistrar(IDiscordRestClient rest, IOptions<DiscordOptions> options, ILogger<CommandRegistrar> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _rest = rest;
        _options = options.Value;
        _logger = logger;
    }

    /// <returns>True when the commands were (re)written.</returns>
    public async Task<bool> EnsureRegisteredAsync(string applicationId, CancellationToken cancellationToken)
    {
        var guildId = string.IsNullOrWhiteSpace(_options.GuildId) ? null : _options.GuildId;
        var current = await _rest.GetCommandsAsync(applicationId, guildId, cancellationToken);
        if (CommandComparer.AreEquivalent(CommandCatalog.All, current))
        {
            _logger.LogInformation("Slash commands are up to date ({Scope}); not re-registering", guildId is null ? "global" : "guild " + guildId);
            return false;
        }

        await _rest.BulkOverwriteCommandsAsync(applicationId, guildId, CommandCatalog.All, cancellationToken);
        _logger.LogInformation("Registered {Count} slash commands ({Scope})", CommandCatalog.All.Count, guildId is null ? "global: may take a while to appear" : "guild " + guildId);
        return true;
    }
}
