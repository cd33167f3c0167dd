using System.Globalization;
using BeritaBot.Discord.Payloads;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Who may run admin commands, checked on every call (Discord's default_member_permissions only hides commands,
/// and server admins can change it): configured user ids, or members holding the Administrator permission.
/// </summary>
public sealed class AdminPolicy
{
    private const ulong Administrator = 0x8;
    private readonly HashSet<string> _adminIds;

    public AdminPolicy(IOptions<DiscordOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _adminIds = new HashSet<string>(options.Value.AdminUserIds, StringComparer.Ordinal);
    }

    public bool IsAdmin(Interaction interaction)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.UserId is { } userId && _adminIds.Contains(userId))
        {
            return true;
        }

        return ulong.TryParse(interaction.Member?.Permissions, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions)
            && (permissions & Administrator) != 0;
    }
}
