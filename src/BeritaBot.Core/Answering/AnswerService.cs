using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Answering;

/// <summary>
/// The one answer service behind every front end. Reads the store's current snapshot once per call, so a
/// reload in the middle of a question cannot mix two snapshots.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    private const int MaxPrefixCompletions = 20;

    private readonly IKnowledgeStore _store;
    private readonly MatchOptions _options;
    private readonly IAnswerObserver[] _observers;
    private readonly ILogger<AnswerService> _logger;
    private readonly ConversationMemory _conversations;
    private readonly FollowUpAnswerer _followUps;

    /// <summary>An answer service with a conversation memory of its own, at the default settings.</summary>
    public AnswerService(IKnowledgeStore store, IOptions<MatchOptions> options, IEnumerable<IAnswerObserver> observers, ILogger<AnswerService> logger)
        : this(store, options, observers, logger, new ConversationMemory(Options.Create(new ConversationOptions()), TimeProvider.System))
    {
    }

    public AnswerService(
        IKnowledgeStore store, IOptions<MatchOptions> options, IEnumerable<IAnswerObserver> observers, ILogger<AnswerService> logger, ConversationMemory conversations)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _options = options.Value;
        _observers = observers.ToArray();
        _logger = logger;
        _conversations = conversations;
        _followUps = new FollowUpAnswerer(conversations, _options);
    }

    public Answer Ask(string question, AskContext? context = null)
    {
        context ??= AskContext.Console;
        question ??= string.Empty;

        // A follow-up's tries are not answers yet: observers (the editors' log) hear only the one given.
        var answer = context.Conversation is { } conversation && _conversations.Options.Enabled
            ? _followUps.Answer(_store.Current, conversation, question, AskCore, AnswerCard)
            : AskCore(question);
        Notify(answer, context);
        return answer;
    }

    public Answer AnswerCard(string cardId, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        var snapshot = _store.Current;
        if (!snapshot.CardsById.TryGetValue(cardId ?? string.Empty, out var card))
        {
            return new Answer { Kind = AnswerKind.Declined, Question = cardId ?? string.Empty, Language = language, Text = AnswerTexts.CardGone(language) };
        }

        var question = ReferenceFor(snapshot, card, language).Question;
        return Answered(snapshot, card, question, question, language, 1.0, []);
    }

    public IReadOnlyList<CardReference> Autocomplete(string typed, int limit)
    {
        var snapshot = _store.Current;
        var index = snapshot.Index;
        if (limit <= 0)
        {
            return [];
        }

        typed ??= string.Empty;
        if (typed.Length > _options.MaxQuestionLength)
        {
            typed = typed[.._options.MaxQuestionLength];
        }

        var tokens = TextNormalizer.Tokenize(typed);
        if (tokens.Count == 0)
        {
            return snapshot.Cards.Take(limit).Select(c => ReferenceFor(snapshot, c, AnswerLanguage.Indonesian)).ToArray();
        }

        var language = LanguageDetector.Detect(tokens);

        // The last word is still being typed unless the text ends in a space: complete it from the vocabulary.
        var stillTyping = !char.IsWhiteSpace(typed[^1]) && char.IsLetterOrDigit(typed[^1]);
        var complete = stillTyping ? string.Join(' ', tokens.Take(tokens.Count - 1)) : string.Join(' ', tokens);
        var query = index.Analyzer.Analyze(complete, correctTypos: true);
        List<int>? prefixIds = null;
        if (stillTyping)
        {
            var last = tokens[^1];
            // A handful of completions is what a user scans; more only multiplies the postings merged per keystroke.
            prefixIds = index.WordsStartingWith(last, MaxPrefixCompletions)
                .Select(w => index.TermId(index.Analyzer.Stem(w, english: false)))
                .Where(id => id >= 0)
                .Distinct()
                .ToList();
            if (prefixIds.Count == 0)
            {
                // No known word starts this way: treat it as a whole (possibly misspelt) word.
                query = index.Analyzer.Analyze(string.Join(' ', tokens), correctTypos: true);
                prefixIds = null;
            }
        }

        var ranked = CardMatcher.Rank(index, query, limit, prefixIds);
        return ranked
            .Select(s => new CardReference(index.Cards[s.Card].Id, index.Cards[s.Card].Title, Completion(index.Phrasings[s.Card], s.BestPhrasing, language) ?? index.Cards[s.Card].Questions[0]))
            .ToArray();
    }

    /// <summary>
    /// The phrasing a completion offers: the one that matched what was typed when it is formal and in the typed
    /// language, else the card's first formal phrasing in that language, else its first in that language. Chat-style
    /// phrasings exist for matching; offering them (or English ones to Indonesian typing) reads as a typo.
    /// </summary>
    private static string? Completion(IndexedPhrasing[] phrasings, int best, AnswerLanguage language)
    {
        if (best >= 0 && best < phrasings.Length && phrasings[best].Language == language && PhrasingStyle.IsFormal(phrasings[best].Text))
        {
            return phrasings[best].Text;
        }

        var inLanguage = phrasings.Where(p => p.Language == language).ToList();
        return (inLanguage.FirstOrDefault(p => PhrasingStyle.IsFormal(p.Text)) ?? inLanguage.FirstOrDefault())?.Text;
    }

    public IReadOnlyList<TopicGroup> Topics()
    {
        var snapshot = _store.Current;
        return snapshot.Cards
            .GroupBy(c => c.Topic, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TopicGroup(g.Key, g.OrderBy(c => c.Date ?? DateOnly.MaxValue).ThenBy(c => c.Title, StringComparer.Ordinal)
                .Select(c => ReferenceFor(snapshot, c, AnswerLanguage.Indonesian)).ToArray()))
            .ToArray();
    }

    public IReadOnlyList<Source> Sources() => _store.Current.Sources;

    public IReadOnlyList<CardReference> CardsFromSource(string sourceId)
    {
        var snapshot = _store.Current;
        return snapshot.Cards
            .Where(c => c.SourceIds.Contains(sourceId, StringComparer.Ordinal))
            .Select(c => ReferenceFor(snapshot, c, AnswerLanguage.Indonesian))
            .ToArray();
    }

    public IReadOnlyList<TimelineEntry> Timeline(string? keyword = null)
    {
        var snapshot = _store.Current;
        var dated = snapshot.Cards.Where(c => c.Date is not null);
        if (!string.IsNullOrWhiteSpace(keyword))
        {
            var matching = CardsMentioning(snapshot, keyword);
            dated = dated.Where(c => matching.Contains(c.Id));
        }

        return dated
            .OrderBy(c => c.Date)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new TimelineEntry(c.Date!.Value, ReferenceFor(snapshot, c, AnswerLanguage.Indonesian)) { Precision = c.DatePrecision })
            .ToArray();
    }

    private Answer AskCore(string raw)
    {
        var question = raw.Trim();
        var snapshot = _store.Current;
        if (question.Length > _options.MaxQuestionLength)
        {
            var language = LanguageDetector.Detect(TextNormalizer.Tokenize(question[.._options.MaxQuestionLength]));
            return Invalid(question, language, AnswerTexts.TooLong(_options.MaxQuestionLength, language));
        }

        var tokens = TextNormalizer.Tokenize(question);
        if (tokens.Count == 0)
        {
            // Nothing left after folding (empty, or only zero-width/control characters) versus only symbols or emoji.
            var message = string.IsNullOrWhiteSpace(TextNormalizer.Fold(question))
                ? AnswerTexts.Empty(AnswerLanguage.Indonesian)
                : AnswerTexts.NoWords(AnswerLanguage.Indonesian);
            return Invalid(question, AnswerLanguage.Indonesian, message);
        }

        if (Greetings.Detect(tokens) is { } greeted)
        {
            return new Answer { Kind = AnswerKind.Greeting, Question = question, Language = greeted, Text = Greetings.Reply(greeted) };
        }

        if (tokens.TrueForAll(t => t.All(char.IsAsciiDigit)))
        {
            // A bare number (a follow-up's number typed where none is offered): nothing to look up.
            return Invalid(question, AnswerLanguage.Indonesian, AnswerTexts.TooVague(AnswerLanguage.Indonesian));
        }

        // Read before matching: the matcher writes its typo corrections into the token list.
        var article = ArticleQuestionReader.Read(tokens, snapshot.SourceNames);
        if (article.IsAboutArticle
            && ArticleAnswerer.TryAnswer(snapshot, article, question, LanguageDetector.Detect(tokens)) is { } aboutArticle)
        {
            return aboutArticle;
        }

        var match = CardMatcher.Match(snapshot.Index, QuestionReader.Read(snapshot.Index, question, tokens), keep: Math.Max(CardMatcher.Kept, 1 + _options.MaxSuggestions + 2));
        var lang = match.Query.Language;
        if (match.Query.Terms.Count == 0)
        {
            // Nothing to look up ("terus kapan itu?", a bare number): not a question an editor could write a card for.
            return new Answer
            {
                Kind = AnswerKind.Invalid,
                Question = question,
                NormalizedQuestion = match.Query.Normalized,
                Language = lang,
                Text = AnswerTexts.TooVague(lang),
            };
        }

        var best = match.Best;

        // Declined either way; when the best card would at least be suggested, say what it does report.
        if (best is { NotCovered: true } && best.TopicConfidence >= _options.SuggestionFloor)
        {
            return NotCovered(snapshot, snapshot.Index.Cards[best.Card], question, match, lang);
        }

        if (best is null || best.Confidence < _options.ThresholdFor(snapshot.Index))
        {
            return Declined(snapshot, question, match, lang);
        }

        var card = snapshot.Index.Cards[best.Card];
        var suggestions = match.Ranked
            .Skip(1)
            .Where(s => s.Confidence >= best.Confidence - _options.SuggestionMargin && s.Confidence >= _options.SuggestionFloor)
            .Take(_options.MaxSuggestions)
            .Select(s => ReferenceFor(snapshot, snapshot.Index.Cards[s.Card], lang))
            .ToArray();
        return Answered(snapshot, card, question, match.Query.Normalized, lang, best.Confidence, suggestions);
    }

    private Answer Declined(KnowledgeSnapshot snapshot, string question, MatchResult match, AnswerLanguage language) => new()
    {
        Kind = AnswerKind.Declined,
        Question = question,
        NormalizedQuestion = match.Query.Normalized,
        Language = language,
        Confidence = Math.Round(match.Best?.Confidence ?? 0, 4),
        Band = ConfidenceBand.Low,
        Text = AnswerTexts.NotFound(language),
        BestCandidateId = match.Best is null ? null : snapshot.Index.Cards[match.Best.Card].Id,
        Suggestions = Suggested(snapshot, match.Ranked, language),
    };

    /// <summary>The closest cards offered when declining: those at or above the suggestion floor, at most as many as configured.</summary>
    private CardReference[] Suggested(KnowledgeSnapshot snapshot, IEnumerable<ScoredCard> candidates, AnswerLanguage language) => candidates
        .Where(s => s.Confidence >= _options.SuggestionFloor)
        .Take(_options.MaxSuggestions)
        .Select(s => ReferenceFor(snapshot, snapshot.Index.Cards[s.Card], language))
        .ToArray();

    /// <summary>
    /// The question is one the card says the articles leave open: a decline (nothing is claimed that the coverage
    /// lacks), but one that tells the reader what the coverage does report, with its sources.
    /// </summary>
    private Answer NotCovered(KnowledgeSnapshot snapshot, Card card, string question, MatchResult match, AnswerLanguage language)
    {
        var english = language == AnswerLanguage.English && card.AnswerEn is not null;
        var coverage = english ? card.AnswerEn! : card.Answer;
        return Declined(snapshot, question, match, language) with
        {
            Kind = AnswerKind.NotCovered,
            Text = AnswerTexts.NotCovered(language) + "\n\n" + coverage,
            Body = AnswerTexts.NotCovered(language),
            Coverage = coverage,
            Title = card.Title,
            Sources = SourcesOf(snapshot, card),
            Suggestions = Suggested(snapshot, match.Ranked.Skip(1).Where(s => !s.NotCovered), language),
        };
    }

    private static SourceReference[] SourcesOf(KnowledgeSnapshot snapshot, Card card) => card.SourceIds
        .Where(snapshot.SourcesById.ContainsKey)
        .Select(id => snapshot.SourcesById[id])
        .Select(SourceReference.From)
        .ToArray();

    private static Answer Answered(
        KnowledgeSnapshot snapshot, Card card, string question, string normalized, AnswerLanguage language, double confidence, IReadOnlyList<CardReference> suggestions)
    {
        var english = language == AnswerLanguage.English && card.AnswerEn is not null;
        var related = card.Related
            .Where(snapshot.CardsById.ContainsKey)
            .Select(id => snapshot.CardsById[id])
            .ToArray();
        var later = card.Date is null
            ? []
            : related.Where(r => r.Date > card.Date).OrderBy(r => r.Date).ToArray();
        var body = english ? card.AnswerEn! : card.Answer;
        var developments = later
            .Select(l => new LaterDevelopment(ReferenceFor(snapshot, l, language), DateLabels.Format(l.Date!.Value, l.DatePrecision, english), LaterSummary(l, english)))
            .ToArray();
        var text = body;
        if (developments.Length > 0)
        {
            var label = AnswerTexts.LaterDevelopment(english ? AnswerLanguage.English : AnswerLanguage.Indonesian);
            text += "\n\n" + string.Join("\n", developments.Select(d => $"{label} ({d.DateLabel}): {d.Summary}"));
        }

        var relatedRefs = later.Concat(related.Except(later)).Select(r => ReferenceFor(snapshot, r, language)).ToArray();
        return new Answer
        {
            Kind = AnswerKind.Card,
            Question = question,
            NormalizedQuestion = normalized,
            Language = english ? AnswerLanguage.English : AnswerLanguage.Indonesian,
            Confidence = Math.Round(confidence, 4),
            Band = BandFor(confidence),
            CardId = card.Id,
            Title = card.Title,
            Text = text,
            Body = body,
            Sources = SourcesOf(snapshot, card),
            Related = relatedRefs,
            LaterDevelopments = developments,
            Suggestions = suggestions.Where(s => relatedRefs.All(r => r.CardId != s.CardId)).ToArray(),
        };
    }

    /// <summary>The card's title, or for English readers the first sentence of its English answer (titles are Indonesian).</summary>
    private static string LaterSummary(Card card, bool english)
    {
        if (!english || card.AnswerEn is null)
        {
            return card.Title;
        }

        var end = card.AnswerEn.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? card.AnswerEn[..(end + 1)] : card.AnswerEn;
    }

    private static Answer Invalid(string question, AnswerLanguage language, string message) => new()
    {
        Kind = AnswerKind.Invalid,
        Question = question,
        Language = language,
        Text = message,
    };

    internal static ConfidenceBand BandFor(double confidence) =>
        confidence >= 0.75 ? ConfidenceBand.High : confidence >= 0.6 ? ConfidenceBand.Medium : ConfidenceBand.Low;

    /// <summary>A card as a follow-up button: a phrasing in the asker's language when the card has one.</summary>
    internal static CardReference ReferenceFor(KnowledgeSnapshot snapshot, Card card, AnswerLanguage language)
    {
        var phrasings = snapshot.Index.Phrasings[snapshot.Index.OrdinalOf(card.Id)];
        var question = phrasings.FirstOrDefault(p => p.Language == language)?.Text ?? card.Questions[0];
        return new CardReference(card.Id, card.Title, question);
    }

    private static HashSet<string> CardsMentioning(KnowledgeSnapshot snapshot, string keyword)
    {
        var index = snapshot.Index;
        var query = index.Analyzer.Analyze(keyword, correctTypos: true);
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (query.Terms.Count == 0)
        {
            return result;
        }

        var ids = query.Terms.Select(index.TermId).ToArray();
        if (ids.Any(id => id < 0))
        {
            return result;
        }

        var sets = ids.Select(id => index.Postings[id].Select(p => p.Card).ToHashSet()).ToArray();
        foreach (var card in sets[0].Where(c => sets.All(s => s.Contains(c))))
        {
            result.Add(index.Cards[card].Id);
        }

        return result;
    }

    private void Notify(Answer answer, AskContext context)
    {
        foreach (var observer in _observers)
        {
            try
            {
                observer.OnAnswered(answer, context);
            }
            catch (Exception ex)
            {
                // Recording what users ask must never break answering them.
                _logger.LogWarning(ex, "Answer observer {Observer} failed", observer.GetType().Name);
            }
        }
    }
}
