namespace BeritaBot.Telegram.Api.Requests;

public sealed class AnswerCallbackQueryRequest() : RequestBase<bool>("answerCallbackQuery")
{
    public required string CallbackQueryId { get; init; }

    /// <summary>0–200 characters, shown as a notification; none just stops the client's spinner.</summary>
    public string? Text { get; init; }

    public bool? ShowAlert { get; init; }
}
