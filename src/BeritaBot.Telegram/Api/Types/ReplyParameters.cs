namespace BeritaBot.Telegram.Api.Types;

/// <summary>Which message a reply quotes.</summary>
/// <param name="AllowSendingWithoutReply">True: still send when the quoted message was deleted meanwhile.</param>
public sealed record ReplyParameters(long MessageId, bool? AllowSendingWithoutReply = null);
