using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Telegram.Rendering;
using BeritaBot.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace BeritaBot.Telegram.Handling;

/// <summary>"@botname pertanyaan" in any chat: up to five matching cards to pick from.</summary>
public sealed class InlineQueryHandler
{
    public const int MaxResults = 5;

    // Short, so results reflect a reload soon.
    private const int CacheSeconds = 10;

    private readonly IAnswerService _answers;
    private readonly AnswerRenderer _renderer;
    private readonly TelegramSender _sender;

    public InlineQueryHandler(IAnswerService answers, AnswerRenderer renderer, TelegramSender sender)
    {
        _answers = answers;
        _renderer = renderer;
        _sender = sender;
    }

    public Task HandleAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var results = new List<InlineQueryResult>();
        foreach (var match in _answers.Autocomplete(query.Query.Trim(), MaxResults).DistinctBy(m => m.CardId).Take(MaxResults))
        {
            var answer = _answers.AnswerCard(match.CardId);
            if (_renderer.CardHtml(answer) is not { } card)
            {
                continue;
            }

            var html = MessageSplitter.Split(card)[0];
            var content = new InputTextMessageContent(html)
            {
                ParseMode = ParseMode.Html,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            };
            results.Add(new InlineQueryResultArticle(ResultId(match.CardId, results.Count), Buttons.Label(answer.Title ?? match.Title, 100), content)
            {
                Description = Buttons.Label(match.Question, 100),
            });
        }

        return _sender.AnswerInlineAsync(query.Id, results, CacheSeconds, cancellationToken);
    }

    private static string ResultId(string cardId, int index) =>
        Encoding.UTF8.GetByteCount(cardId) <= 64 ? cardId : FormattableString.Invariant($"r{index}");
}
