using BeritaBot.Core.Answering;
using BeritaBot.Core.Matching;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Presentation;

/// <summary>
/// Turns a core <see cref="Answer"/> into the <see cref="AnswerView"/> every front end renders. The one place that
/// decides which follow-ups are offered (how many: <c>Matching:MaxSuggestions</c>), how sources and dates read, and
/// how confidence is labelled.
/// </summary>
public sealed class AnswerPresenter
{
    private readonly int _maxFollowUps;

    public AnswerPresenter(IOptions<MatchOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _maxFollowUps = options.Value.MaxSuggestions;
    }

    public int MaxFollowUps => _maxFollowUps;

    public AnswerView Present(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var language = answer.Language;
        AnswerView view = answer.Kind switch
        {
            AnswerKind.Card => new CardAnswerView
            {
                Language = language,
                Question = answer.Question,
                CardId = answer.CardId ?? string.Empty,
                Title = answer.Title ?? string.Empty,
                Text = answer.Body,
                LaterDevelopments = answer.LaterDevelopments
                    .Select(d => new LaterDevelopmentLine(d.Card.CardId, AnswerTexts.LaterDevelopment(language), d.DateLabel, d.Summary))
                    .ToArray(),
                Sources = Sources(answer),
                Confidence = ConfidenceLabel.For(answer.Band, answer.Confidence, language),
                FollowUps = FollowUps(answer, answer.Related.Concat(answer.Suggestions)),
                FollowUpHeading = PresentationTexts.SeeAlso(language),
            },
            AnswerKind.Article => new ArticleAnswerView
            {
                Language = language,
                Question = answer.Question,
                Title = answer.Title ?? string.Empty,
                Text = answer.Body,
                Sources = Sources(answer),
                Confidence = ConfidenceLabel.For(answer.Band, answer.Confidence, language),
                FollowUps = FollowUps(answer, answer.Related.Concat(answer.Suggestions)),
                FollowUpHeading = PresentationTexts.SeeAlso(language),
            },
            AnswerKind.NotCovered => new NotCoveredView
            {
                Language = language,
                Question = answer.Question,
                Message = answer.Body,
                Title = answer.Title ?? string.Empty,
                Coverage = answer.Coverage ?? string.Empty,
                Sources = Sources(answer),
                FollowUps = FollowUps(answer, answer.Suggestions.Concat(answer.Related)),
                FollowUpHeading = PresentationTexts.DidYouMean(language),
            },
            AnswerKind.Declined => new DeclineView
            {
                Language = language,
                Question = answer.Question,
                Message = answer.Body,
                FollowUps = FollowUps(answer, answer.Suggestions.Concat(answer.Related)),
                FollowUpHeading = PresentationTexts.DidYouMean(language),
            },
            AnswerKind.Greeting => new GreetingView { Language = language, Question = answer.Question, Message = answer.Body },
            _ => new InvalidQuestionView { Language = language, Question = answer.Question, Message = answer.Body },
        };

        // A follow-up read with the topic says so; its topic choices, if it asks which is meant, are its suggestions and
        // so already among the follow-ups.
        return Conversations.TopicNote.Of(answer) is { } note ? view with { TopicNote = note } : view;
    }

    private static SourceLine[] Sources(Answer answer) =>
        answer.Sources.Select(s => SourceLine.From(s, answer.Language)).ToArray();

    /// <summary>Distinct cards other than the answering one, in the order given, at most the configured count.</summary>
    private FollowUp[] FollowUps(Answer answer, IEnumerable<CardReference> offered) => offered
        .Where(c => c.CardId != answer.CardId)
        .DistinctBy(c => c.CardId)
        .Take(_maxFollowUps)
        .Select(c => FollowUp.From(c, answer.Language))
        .ToArray();
}
