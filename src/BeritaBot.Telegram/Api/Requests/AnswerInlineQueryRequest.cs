using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

public sealed class AnswerInlineQueryRequest() : RequestBase<bool>("answerInlineQuery")
{
    public required string InlineQueryId { get; init; }

    /// <summary>At most 50.</summary>
    public required IReadOnlyList<InlineQueryResultArticle> Results { get; init; }

    /// <summary>Seconds Telegram may cache the results; kept short so a reload shows soon.</summary>
    public int? CacheTime { get; init; }

    public bool? IsPersonal { get; init; }
}
