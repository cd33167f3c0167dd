using System.Diagnostics.CodeAnalysis;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Conversations;

/// <summary>
/// Answers a question inside a conversation. The question is always matched alone first, and an answer it gets alone
/// stands unless the question shows that it leans on the conversation (<see cref="FollowUpReader"/>) and the
/// conversation's topic reads it more surely; a question that matches nothing confidently alone is tried with the
/// topic too. A follow-up is matched as its words plus the topic's terms, so the matcher itself weighs them.
/// </summary>
internal sealed class FollowUpAnswerer(ConversationMemory memory, MatchOptions options)
{
    /// <summary>A declined first question whose best card is at least this sure leaves that card as the topic.</summary>
    internal const double TentativeTopicFloor = 0.5;

    /// <summary>Topic terms added to a follow-up: enough to name the event, few enough not to drown the question's own words.</summary>
    private const int MaxTopicTerms = 4;

    /// <param name="ask">Answers a text alone, without telling observers (the answer service's own path).</param>
    /// <param name="answerCard">A card's answer in a language, for a follow-up read in the other language.</param>
    public Answer Answer(KnowledgeSnapshot snapshot, ConversationKey key, string question, Func<string, Answer> ask, Func<string, AnswerLanguage, Answer> answerCard)
    {
        var alone = ask(question);
        var tokens = TextNormalizer.Tokenize(question);
        var conversation = memory.Find(key);
        if (conversation is not null && conversation.FollowUps >= memory.Options.MaxTurns)
        {
            conversation = null;
        }

        if (conversation is not null && FollowUpReader.TopicChangeEnd(tokens) is var change and >= 0)
        {
            // "btw …", "ganti topik, …": what follows is a question of its own, read without the announcement.
            var rest = string.Join(' ', tokens.Skip(change)) + (question.TrimEnd().EndsWith('?') ? "?" : string.Empty);
            memory.Reset(key);
            return Settle(key, conversation: null, alone, ask(rest) with { Question = question }, followUp: false, matched: rest);
        }

        if (tokens.Count == 0 || alone.Kind == AnswerKind.Article)
        {
            // Nothing to read, or a question about an article's byline: neither changes what the conversation is about.
            return alone;
        }

        var own = snapshot.Index.Analyzer.Analyze([.. tokens], correctTypos: false);
        var cue = FollowUpReader.Read(tokens, own.Terms.Count > 0);
        // "berapa?", "to do what?": only a question word. "ok", "halo" have no topic word either but ask nothing.
        var bareQuestion = cue == FollowUpCue.Bare && (own.Intent != QuestionIntent.None || question.TrimEnd().EndsWith('?'));
        if (conversation?.Latest is null || (alone.Status == AnswerStatus.Invalid && own.Terms.Count > 0))
        {
            return Settle(key, conversation, alone, alone, followUp: false);
        }

        if (cue == FollowUpCue.None || (cue == FollowUpCue.Bare && !bareQuestion))
        {
            return StandsAloneOrLeans(snapshot, key, conversation, question, own, alone, ask, answerCard);
        }

        var language = own.Terms.Count == 0 ? conversation.Latest.Language : alone.Language;
        var latest = WithTopic(snapshot, conversation.Latest, question, own, ask, answerCard);
        if (Settles(snapshot, latest, own))
        {
            if (alone.IsAnswered && alone.CardId != latest.Answer.CardId && alone.Confidence > latest.Answer.Confidence)
            {
                // It refers back in words ("siapa presiden Rusia itu?") but is surer alone: a new topic.
                return Settle(key, conversation, alone, alone, followUp: false);
            }

            if (alone.IsAnswered && alone.CardId == latest.Answer.CardId)
            {
                return Settle(key, conversation, alone, alone, followUp: true, matched: latest.Text);
            }

            return FollowUp(snapshot, key, conversation, question, alone, NewFacet(snapshot, latest, own, answerCard) ?? latest, language, answerCard);
        }

        if (alone.IsAnswered)
        {
            return Settle(key, conversation, alone, alone, followUp: false);
        }

        if (latest is { Answer.Kind: AnswerKind.NotCovered })
        {
            // The topic's card says the coverage leaves this open: decline with what it does report.
            return FollowUp(snapshot, key, conversation, question, alone, latest, language, answerCard);
        }

        var older = conversation.Turns.Reverse().Skip(1)
            .Select(turn => WithTopic(snapshot, turn, question, own, ask, answerCard))
            .Where(r => Settles(snapshot, r, own))
            .DistinctBy(r => r!.Answer.CardId)
            .ToList();
        if (older.Count == 1)
        {
            return FollowUp(snapshot, key, conversation, question, alone, older[0]!, language, answerCard);
        }

        var choices = older.Count > 1
            ? older.Select(r => AnswerService.ReferenceFor(snapshot, snapshot.CardsById[r!.Answer.CardId!], language)).ToArray()
            : latest?.Answer.Suggestions.ToArray() ?? [];
        return choices.Length > 0
            ? Settle(key, conversation, alone, Clarify(question, alone, choices, language), followUp: true)
            : Settle(key, conversation, alone, alone, followUp: false);
    }

    /// <summary>
    /// No sign of leaning on the conversation: the answer alone stands; only a question whose own known words match
    /// nothing confidently alone is tried with the topic, and kept only if its answer shares the question's words.
    /// </summary>
    private Answer StandsAloneOrLeans(
        KnowledgeSnapshot snapshot, ConversationKey key, Conversation conversation, string question, AnalyzedText own, Answer alone,
        Func<string, Answer> ask, Func<string, AnswerLanguage, Answer> answerCard)
    {
        var index = snapshot.Index;
        if (alone.IsAnswered || alone.Kind == AnswerKind.NotCovered || !own.Terms.Any(t => index.TermId(t) >= 0))
        {
            return Settle(key, conversation, alone, alone, followUp: false);
        }

        var withTopic = WithTopic(snapshot, conversation.Latest!, question, own, ask, answerCard);
        if (withTopic is { Answer: { IsAnswered: true, CardId: { } cardId } }
            && snapshot.CardsById.TryGetValue(cardId, out var card)
            && CardTerms(snapshot, card).Overlaps(own.Terms))
        {
            return FollowUp(snapshot, key, conversation, question, alone, withTopic, alone.Language, answerCard);
        }

        return Settle(key, conversation, alone, alone, followUp: false);
    }

    /// <summary>
    /// A follow-up read with its topic can come back to the card that was just answered only because the topic's terms
    /// are all that card's. The reader has just read that answer; when a close runner-up, confident on its own, is asked
    /// about with at least as many of the follow-up's own words, the reader is asking something new about the same
    /// event ("siapa yang memimpinnya?" after what the working group is): that one answers.
    /// </summary>
    private TopicReading? NewFacet(KnowledgeSnapshot snapshot, TopicReading reading, AnalyzedText own, Func<string, AnswerLanguage, Answer> answerCard)
    {
        if (reading.Answer.CardId != reading.TopicCard.Id || own.Terms.Count == 0)
        {
            return null;
        }

        var index = snapshot.Index;
        var match = CardMatcher.MatchQuestion(index, reading.Text);
        var threshold = options.ThresholdFor(index);
        if (match.Best is not { } best)
        {
            return null;
        }

        // Each other card is judged as it stands with the card just answered set aside: against that card its margin is
        // negative, which the model only ever learnt of as a question's best candidate tied with another.
        var aside = match.Ranked.Skip(1).Select(s => s with { Features = (double[])s.Features.Clone() }).ToList();
        CardMatcher.WithMargins(aside, index.Model);
        var shared = AskedTerms(reading.TopicCard, snapshot).Count(own.Terms.Contains);
        var runnerUp = aside
            .TakeWhile(s => s.Confidence >= best.Confidence - options.SuggestionMargin)
            .Where(s => s.Confidence >= threshold && !s.NotCovered)
            .FirstOrDefault(s => AskedTerms(index.Cards[s.Card], snapshot).Count(own.Terms.Contains) >= Math.Max(shared, 1));
        if (runnerUp is null)
        {
            return null;
        }

        return reading with { Answer = CardAnswer(answerCard, index.Cards[runnerUp.Card].Id, reading.Answer.Language, runnerUp.Confidence) };
    }

    private Answer FollowUp(
        KnowledgeSnapshot snapshot, ConversationKey key, Conversation conversation, string question, Answer alone, TopicReading reading,
        AnswerLanguage language, Func<string, AnswerLanguage, Answer> answerCard)
    {
        var answer = reading.Answer;
        if (answer.IsAnswered && answer.Language != language && answer.CardId is { } cardId)
        {
            // The topic's terms can outvote a short question's language ("when did it?" + Indonesian title words).
            var inLanguage = answerCard(cardId, language);
            answer = inLanguage with { Confidence = answer.Confidence, Band = answer.Band };
        }

        var topic = AnswerService.ReferenceFor(snapshot, reading.TopicCard, language);
        answer = answer with { Question = question, NormalizedQuestion = alone.NormalizedQuestion, Topic = topic };
        return Settle(key, conversation, alone, answer, followUp: true, matched: reading.Text);
    }

    private static Answer Clarify(string question, Answer alone, CardReference[] choices, AnswerLanguage language) => new()
    {
        Kind = AnswerKind.Declined,
        Question = question,
        NormalizedQuestion = alone.NormalizedQuestion,
        Language = language,
        Confidence = alone.Confidence,
        Band = ConfidenceBand.Low,
        Text = AnswerTexts.WhichTopic(language),
        BestCandidateId = choices[0].CardId,

        // Offered as suggestions too, so every front end's buttons and numbers already present them.
        Suggestions = choices,
        TopicChoices = choices,
    };

    /// <summary>Remembers what the answer leaves the conversation about, and returns the answer.</summary>
    private Answer Settle(ConversationKey key, Conversation? conversation, Answer alone, Answer answer, bool followUp, string? matched = null)
    {
        var now = memory.Now;
        if (answer is { Kind: AnswerKind.Card, CardId: { } cardId })
        {
            var turn = new ConversationTurn(cardId, matched ?? alone.Question, answer.Language);
            memory.Save(key, followUp && conversation is not null ? conversation.With(turn, followUp: true, now) : Conversation.StartedWith(turn, now));
        }
        else if (conversation is null && answer is { Kind: AnswerKind.Declined, BestCandidateId: { } offered, Confidence: >= TentativeTopicFloor })
        {
            // A first question declined, but close to a card it offers first: a follow-up ("when did it announce
            // that?") leans on what the reader was shown; what the answer then reads says so, and a follow-up whose
            // own words that card lacks is not answered with it.
            memory.Save(key, Conversation.StartedWith(new ConversationTurn(offered, alone.Question, answer.Language), now));
        }
        else if (conversation is not null)
        {
            // Still talking about it: an unanswered question keeps the topic alive rather than ending it.
            memory.Save(key, conversation with { LastActive = now, FollowUps = conversation.FollowUps + (followUp ? 1 : 0) });
        }

        return answer;
    }

    /// <returns>The question read with one turn's topic, or null when that card is gone after a reload.</returns>
    private TopicReading? WithTopic(
        KnowledgeSnapshot snapshot, ConversationTurn turn, string question, AnalyzedText own, Func<string, Answer> ask, Func<string, AnswerLanguage, Answer> answerCard)
    {
        if (!snapshot.CardsById.TryGetValue(turn.CardId, out var card))
        {
            return null;
        }

        var text = Combine(question, Replaced(snapshot, TopicTerms(snapshot, card, turn.Text), own));
        var answer = ask(text);

        // The conversation is evidence the matcher cannot see: read with its topic, a question that lands just under
        // the threshold on the topic's own card, or one that card names as related, is what the reader means.
        if (answer is { Kind: AnswerKind.Declined, BestCandidateId: { } best }
            && answer.Confidence >= options.ThresholdFor(snapshot.Index) - memory.Options.TopicLeaning
            && (best == card.Id || card.Related.Contains(best, StringComparer.Ordinal)))
        {
            answer = CardAnswer(answerCard, best, answer.Language, answer.Confidence);
        }

        return new TopicReading(card, text, answer);
    }

    /// <summary>A card's answer given with the confidence the reading reached, not the card's own.</summary>
    private static Answer CardAnswer(Func<string, AnswerLanguage, Answer> answerCard, string cardId, AnswerLanguage language, double confidence) =>
        answerCard(cardId, language) with { Confidence = Math.Round(confidence, 4), Band = AnswerService.BandFor(confidence) };

    /// <summary>
    /// The question with the topic's terms after it, as one sentence: a full stop or question mark would let the
    /// topic's terms be matched as a sentence of their own, which answers the old question again.
    /// </summary>
    internal static string Combine(string question, IReadOnlyList<string> topicTerms)
    {
        var flat = string.Create(question.Length, question, static (span, q) =>
        {
            for (var i = 0; i < q.Length; i++)
            {
                span[i] = q[i] is '?' or '!' or '.' or ';' or ':' or '\n' or '\r' ? ' ' : q[i];
            }
        });
        return topicTerms.Count == 0 ? flat : flat.TrimEnd() + " " + string.Join(' ', topicTerms);
    }

    /// <summary>
    /// What a turn was about, in the reader's own words: the words of what was asked whose terms its card holds (the
    /// rarest few, so the topic names the event without drowning the follow-up), with the words an alias read as one
    /// phrase with them ("kelompok kerja TRILATERAL"), then the names the card's title and keywords give; the
    /// title's words when the question shared none. Words, not stems: the matcher reads phrases and synonyms from words.
    /// </summary>
    internal static IReadOnlyList<string> TopicTerms(KnowledgeSnapshot snapshot, Card card, string asked)
    {
        var analyzer = snapshot.Index.Analyzer;
        var index = snapshot.Index;
        var cardTerms = CardTerms(snapshot, card);
        var tokens = TextNormalizer.Tokenize(asked);
        var read = analyzer.Analyze(tokens, correctTypos: false);
        var titled = analyzer.Analyze(card.Title + " " + string.Join(' ', card.Keywords), correctTypos: false).Terms.ToHashSet(StringComparer.Ordinal);
        var fromQuestion = Enumerable.Range(0, Math.Min(read.Terms.Count, read.TermPositions.Count))
            .Where(i => cardTerms.Contains(read.Terms[i]))
            .Select(i => (Term: read.Terms[i], Position: read.TermPositions[i], Name: (string?)null));
        var names = snapshot.Entities.Kinds.Values
            .SelectMany(n => n)
            .Select(name => (Name: name, Terms: analyzer.Analyze(name, correctTypos: false).Terms))
            .Where(n => n.Terms.Count > 0 && n.Terms.All(titled.Contains) && !n.Terms.Any(read.Terms.Contains))
            .Select(n => (Term: n.Terms[0], Position: -1, Name: (string?)n.Name));

        // The rarest name the event best; a country every card mentions says little.
        var chosen = fromQuestion.Concat(names)
            .OrderByDescending(c => index.TermId(c.Term) is var id and >= 0 ? index.Idf[id] : 0)
            .Take(MaxTopicTerms)
            .ToList();
        var held = chosen.Where(c => c.Position >= 0).Select(c => c.Position).ToHashSet();
        var sources = read.TermPositions.ToHashSet();
        var kept = new SortedSet<int>(held);
        foreach (var position in held)
        {
            // A content word next to a held one that gave no term of its own was read as one phrase with it.
            for (var next = position + 1; next < tokens.Count && !sources.Contains(next) && IsContent(analyzer, tokens[next]); next++)
            {
                kept.Add(next);
            }
        }

        var words = kept.Select(i => tokens[i]).Concat(chosen.Where(c => c.Name is not null).Select(c => c.Name!)).ToList();
        if (words.Count == 0)
        {
            words.AddRange(TextNormalizer.Tokenize(card.Title).Where(w => !w.All(char.IsAsciiDigit) && IsContent(analyzer, w)));
        }

        return words.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// A follow-up that names someone or something of a kind ("kalau dari pihak Armenia?") asks the same about that
    /// one instead: the topic's names of that kind give way, or the two would be read as asked together.
    /// </summary>
    internal static IReadOnlyList<string> Replaced(KnowledgeSnapshot snapshot, IReadOnlyList<string> topicWords, AnalyzedText own)
    {
        var analyzer = snapshot.Index.Analyzer;
        var asked = own.Terms.ToHashSet(StringComparer.Ordinal);
        var namedKinds = snapshot.Entities.Kinds.Values
            .Where(names => names.Any(n => analyzer.Analyze(n, correctTypos: false).Terms.Any(asked.Contains)))
            .SelectMany(names => names.SelectMany(n => analyzer.Analyze(n, correctTypos: false).Terms))
            .ToHashSet(StringComparer.Ordinal);
        // "And in 2020?" after the 1990s war: a number the follow-up gives takes the place of the topic's own.
        var givesNumber = own.Terms.Any(HasDigit);
        return namedKinds.Count == 0 && !givesNumber
            ? topicWords
            : topicWords.Where(w => !analyzer.Analyze(w, correctTypos: false).Terms.Any(t =>
                !asked.Contains(t) && (namedKinds.Contains(t) || (givesNumber && HasDigit(t))))).ToArray();
    }

    private static bool HasDigit(string term) => term.Any(char.IsAsciiDigit);

    private static bool IsContent(QuestionAnalyzer analyzer, string word) => analyzer.Analyze([word], correctTypos: false).Terms.Count > 0;

    /// <summary>The terms a card is asked about with: its title, keywords and phrasings (not its answer's every word).</summary>
    private static HashSet<string> AskedTerms(Card card, KnowledgeSnapshot snapshot) => snapshot.Index.Analyzer
        .Analyze(string.Join('\n', [card.Title, .. card.Keywords, .. card.Questions]), correctTypos: false)
        .Terms.ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Read with a topic, the question is answered, and by a card that holds at least one of the question's own words
    /// the knowledge knows: the topic's words alone can carry a card over the threshold ("kapan itu diteken?" after a
    /// card on an alliance that signed nothing), and then the topic answered, not the question.
    /// </summary>
    private static bool Settles(KnowledgeSnapshot snapshot, [NotNullWhen(true)] TopicReading? reading, AnalyzedText own)
    {
        if (reading is not { Answer: { IsAnswered: true, CardId: { } cardId } } || !snapshot.CardsById.TryGetValue(cardId, out var card))
        {
            return false;
        }

        var known = own.Terms.Where(t => snapshot.Index.TermId(t) >= 0).ToArray();
        return known.Length == 0 || CardTerms(snapshot, card).Overlaps(known);
    }

    private static HashSet<string> CardTerms(KnowledgeSnapshot snapshot, Card card)
    {
        var analyzer = snapshot.Index.Analyzer;
        var text = string.Join('\n', [card.Title, .. card.Keywords, .. card.Questions, card.Answer, card.AnswerEn ?? string.Empty]);
        return analyzer.Analyze(text, correctTypos: false).Terms.ToHashSet(StringComparer.Ordinal);
    }

    /// <param name="TopicCard">The card whose topic the question was read with.</param>
    /// <param name="Text">The question plus that topic's terms, as matched.</param>
    private sealed record TopicReading(Card TopicCard, string Text, Answer Answer);
}
