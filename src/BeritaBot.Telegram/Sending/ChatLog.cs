namespace BeritaBot.Telegram.Sending;

/// <summary>
/// How a chat appears in logs. A private chat's id is its reader's Telegram user id, which logs must not carry;
/// group and supergroup ids (negative) name no person and help an operator find the chat.
/// </summary>
public static class ChatLog
{
    public const string PrivateChat = "a private chat";

    public static string Describe(long chatId) =>
        chatId < 0 ? FormattableString.Invariant($"group {chatId}") : PrivateChat;
}
