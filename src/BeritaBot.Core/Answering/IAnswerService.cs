using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Answering;

/// <summary>The one service every front end uses: question in, answer out. Front ends only render.</summary>
public interface IAnswerService
{
    /// <summary>Answers a question. Never throws for a bad question: it returns an <see cref="AnswerStatus.Invalid"/> answer.</summary>
    Answer Ask(string question, AskContext? context = null);

    /// <summary>Answers with a given card, as when a user presses a suggestion button.</summary>
    /// <returns>A <see cref="AnswerStatus.NotFound"/> answer if the card no longer exists.</returns>
    Answer AnswerCard(string cardId, AnswerLanguage language = AnswerLanguage.Indonesian);

    /// <summary>Questions from the knowledge that match what the user has typed so far, best first.</summary>
    IReadOnlyList<CardReference> Autocomplete(string typed, int limit);

    /// <summary>All cards grouped by topic (their first tag).</summary>
    IReadOnlyList<TopicGroup> Topics();

    /// <summary>The articles the knowledge comes from.</summary>
    IReadOnlyList<Source> Sources();

    /// <summary>The cards drawn from one article.</summary>
    IReadOnlyList<CardReference> CardsFromSource(string sourceId);

    /// <summary>Dated cards in chronological order, optionally only those matching a keyword.</summary>
    IReadOnlyList<TimelineEntry> Timeline(string? keyword = null);
}
