using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BeritaBot.Telegram.Handling;

/// <summary>
/// Decides whether a message is for the bot. In a private chat everything is. In a group: commands without @name
/// or with ours (never another bot's), replies to our messages, and messages that mention us; nothing else.
/// </summary>
public static class MessageAddressing
{
    public static AddressedMessage? Resolve(Message message, BotIdentity me)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(me);
        var text = message.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var entities = message.Entities ?? [];
        var isPrivate = message.Chat.Type == ChatType.Private;
        var command = entities.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        if (command is not null && command.Length > 1 && command.Length <= text.Length)
        {
            var name = text[1..command.Length];
            var at = name.IndexOf('@', StringComparison.Ordinal);
            if (at >= 0)
            {
                // In a private chat only we can be meant; in a group another bot's command is never ours.
                if (!isPrivate && !me.IsNamed(name[(at + 1)..]))
                {
                    return null;
                }

                name = name[..at];
            }

            return new AddressedMessage(name.ToLowerInvariant(), StripMentions(text[command.Length..], entities, me, command.Length).Trim());
        }

        if (isPrivate)
        {
            return new AddressedMessage(null, text.Trim());
        }

        var mentioned = entities.Any(e => IsOurMention(text, e, me));
        var repliedToUs = message.ReplyToMessage?.From is { } author && me.Id != 0 && author.Id == me.Id;
        if (!mentioned && !repliedToUs)
        {
            return null;
        }

        var question = StripMentions(text, entities, me, 0).Trim();
        return question.Length == 0 ? null : new AddressedMessage(null, question);
    }

    private static bool IsOurMention(string text, MessageEntity entity, BotIdentity me) => entity.Type switch
    {
        MessageEntityType.Mention => entity.Offset + entity.Length <= text.Length && me.IsNamed(text.Substring(entity.Offset, entity.Length)),
        MessageEntityType.TextMention => entity.User is { } user && me.Id != 0 && user.Id == me.Id,
        _ => false,
    };

    /// <summary>Removes our @mentions from <paramref name="text"/>, which starts at <paramref name="start"/> of the message.</summary>
    private static string StripMentions(string text, IReadOnlyList<MessageEntity> entities, BotIdentity me, int start)
    {
        var full = text;
        var spans = entities
            .Where(e => e.Type == MessageEntityType.Mention && e.Offset >= start)
            .Where(e => e.Offset - start + e.Length <= full.Length)
            .Where(e => me.IsNamed(full.Substring(e.Offset - start, e.Length)))
            .OrderByDescending(e => e.Offset);
        foreach (var span in spans)
        {
            text = text.Remove(span.Offset - start, span.Length);
        }

        return text;
    }
}
