using System.Security.Cryptography;
using System.Text;

namespace BeritaBot.Core.Conversations;

/// <summary>
/// Which conversation a question belongs to: a private chat, one reader in a group or channel, an answer someone
/// replies to, a console session, a batch file's chat id. Front ends choose the scope; the core only compares keys.
/// The value is a hash of the scope's parts, so the memory holds no chat or user id.
/// </summary>
public readonly record struct ConversationKey
{
    private ConversationKey(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>A key for a scope, e.g. <c>Of("telegram", chatId, userId)</c> or <c>Of("telegram-answer", chatId, messageId)</c>.</summary>
    public static ConversationKey Of(string scope, params object[] parts)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentNullException.ThrowIfNull(parts);
        var text = scope + "\u001f" + string.Join('\u001f', parts.Select(p => Convert.ToString(p, System.Globalization.CultureInfo.InvariantCulture)));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new ConversationKey(Convert.ToHexString(hash, 0, 16));
    }

    public override string ToString() => Value;
}
