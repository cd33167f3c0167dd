using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Handling;

/// <summary>Who may change the knowledge: the Telegram user ids in Telegram:AdminUserIds.</summary>
public sealed class AdminPolicy
{
    private readonly HashSet<long> _admins;

    public AdminPolicy(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _admins = [.. options.Value.AdminUserIds];
    }

    public bool IsAdmin(long userId) => _admins.Contains(userId);

    /// <summary>"telegram:&lt;userId&gt;": the audit trigger for edits and the voter key for feedback.</summary>
    public static string UserKey(long userId) => FormattableString.Invariant($"telegram:{userId}");
}
