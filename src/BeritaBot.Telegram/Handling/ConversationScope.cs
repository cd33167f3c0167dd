using BeritaBot.Core.Conversations;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace BeritaBot.Telegram.Handling;

/// <summary>
/// Which conversation a Telegram message belongs to: one per private chat; in a group, one per reader, so two readers
/// never lean on each other's questions; and one per answer the bot sent, so a reply to it continues that answer.
/// </summary>
internal static class ConversationScope
{
    public static ConversationKey Reader(Chat chat, User from) => chat.Type == ChatType.Private
        ? ConversationKey.Of("telegram", chat.Id)
        : ConversationKey.Of("telegram", chat.Id, from.Id);

    public static ConversationKey Answer(long chatId, int messageId) => ConversationKey.Of("telegram-answer", chatId, messageId);

    /// <summary>After an answer is sent: its messages carry the reader's conversation as it is now.</summary>
    public static void Sent(IConversationMemory memory, ConversationKey reader, long chatId, IReadOnlyList<int> messageIds)
    {
        foreach (var id in messageIds)
        {
            memory.Share(reader, Answer(chatId, id));
        }
    }
}
