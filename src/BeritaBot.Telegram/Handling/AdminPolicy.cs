using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Handling;

/// <summary>Who may change the knowledge: the Telegram user ids in Telegram:AdminUserIds.</summary>
public sealed class AdminPolicy
{
    private readonly long[] _admins;

    public AdminPolicy(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _admins = [.. options.Value.AdminUserIds];
    }

    public bool IsAdmin(long userId) => Array.IndexOf(_admins, userId) >= 0;

    /// <summary>
    /// "telegram admin #2": who triggered a reload or an edit, for the audit log. The position in
    /// Telegram:AdminUserIds tells the operator who it was; the log never holds the Telegram user id itself.
    /// </summary>
    public string AuditName(long userId)
    {
        var index = Array.IndexOf(_admins, userId);
        return index < 0 ? "telegram user" : FormattableString.Invariant($"telegram admin #{index + 1}");
    }
}
