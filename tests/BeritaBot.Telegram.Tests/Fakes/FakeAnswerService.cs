using System.Collections.Concurrent;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>
/// Answers from a tiny fixed knowledge: a question containing a card's keyword answers with that card; a question
/// containing "english" declines in English; anything else declines with the closest cards as suggestions.
/// </summary>
public sealed class FakeAnswerService : IAnswerService
{
    public const string CeasefireId = "gencatan-senjata";
    public const string PeacekeepersId = "pasukan-perdamaian";
    public const string SourceId = "kompas-2020";
    public const string OtherSourceId = "tempo-2023";

    public static readonly SourceReference Kompas = new(SourceId, "Kompas", "Perjanjian <damai> & gencatan", new DateOnly(2020, 11, 10), "https://example.org/a?x=1&y=2");
    public static readonly SourceReference Tempo = new(OtherSourceId, "Tempo", "Pasukan penjaga perdamaian", new DateOnly(2023, 9, 20), null);

    private readonly ConcurrentDictionary<string, Card> _cards = new()
    {
        [CeasefireId] = new Card
        {
            Id = CeasefireId,
            Title = "Gencatan senjata <2020>",
            Questions = ["Kapan gencatan senjata ditandatangani?"],
            Answer = "Pada 10 November 2020, Armenia & Azerbaijan <menandatangani> gencatan senjata.",
            AnswerEn = "On 10 November 2020 Armenia & Azerbaijan signed a ceasefire.",
            SourceIds = [SourceId],
            Keywords = ["gencatan"],
            Date = new DateOnly(2020, 11, 10),
            Related = [PeacekeepersId],
            Tags = ["perang"],
            FilePath = "knowledge/cards/gencatan-senjata.md",
        },
        [PeacekeepersId] = new Card
        {
            Id = PeacekeepersId,
            Title = "Pasukan penjaga perdamaian",
            Questions = ["Siapa yang menjaga perdamaian?"],
            Answer = "Rusia mengirim sekitar 2.000 penjaga perdamaian.",
            SourceIds = [OtherSourceId],
            Keywords = ["perdamaian"],
            Date = new DateOnly(2020, 11, 12),
            Related = [CeasefireId],
            Tags = ["rusia"],
            FilePath = "knowledge/cards/pasukan-perdamaian.md",
        },
    };

    public ConcurrentQueue<string> Asked { get; } = new();

    public void Remove(string cardId) => _cards.TryRemove(cardId, out _);

    public Answer Ask(string question, AskContext? context = null)
    {
        Asked.Enqueue(question);
        if (string.IsNullOrWhiteSpace(question) || question.Trim() == "???")
        {
            return new Answer { Kind = AnswerKind.Invalid, Question = question, Language = AnswerLanguage.Indonesian, Text = "Pertanyaannya kosong <atau> tidak terbaca." };
        }

        var card = _cards.Values.FirstOrDefault(c => c.Keywords.Any(k => question.Contains(k, StringComparison.OrdinalIgnoreCase)));
        if (card is not null)
        {
            return Answered(card, question, AnswerLanguage.Indonesian);
        }

        var english = question.Contains("english", StringComparison.OrdinalIgnoreCase);
        return new Answer
        {
            Kind = AnswerKind.Declined,
            Question = question,
            Language = english ? AnswerLanguage.English : AnswerLanguage.Indonesian,
            Text = english ? "Sorry, I don't have an answer for that yet." : "Maaf, saya belum punya jawaban untuk itu.",
            Suggestions = [.. _cards.Values.OrderBy(c => c.Id).Select(Reference)],
            BestCandidateId = CeasefireId,
        };
    }

    public Answer AnswerCard(string cardId, AnswerLanguage language = AnswerLanguage.Indonesian) =>
        _cards.TryGetValue(cardId, out var card)
            ? Answered(card, card.Questions[0], language)
            : new Answer
            {
                Kind = AnswerKind.Declined,
                Question = cardId,
                Language = language,
                Text = "Maaf, saya belum punya jawaban untuk itu.",
                Suggestions = [.. _cards.Values.OrderBy(c => c.Id).Select(Reference)],
            };

    public IReadOnlyList<CardReference> Autocomplete(string typed, int limit) =>
        [.. _cards.Values
            .Where(c => c.Questions.Any(q => q.Contains(typed, StringComparison.OrdinalIgnoreCase)) || c.Keywords.Any(k => typed.Contains(k, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Id)
            .Take(limit)
            .Select(Reference)];

    public IReadOnlyList<TopicGroup> Topics() =>
        [.. _cards.Values.GroupBy(c => c.Topic).OrderBy(g => g.Key).Select(g => new TopicGroup(g.Key, [.. g.Select(Reference)]))];

    public IReadOnlyList<Source> Sources() =>
        [.. new[] { Kompas, Tempo }.Select(s => new Source(s.Id, s.Outlet, s.Title, s.Published, null, null, s.Url))];

    public IReadOnlyList<CardReference> CardsFromSource(string sourceId) =>
        [.. _cards.Values.Where(c => c.SourceIds.Contains(sourceId)).Select(Reference)];

    public IReadOnlyList<TimelineEntry> Timeline(string? keyword = null) =>
        [.. _cards.Values
            .Where(c => c.Date is not null)
            .Where(c => keyword is null || c.Title.Contains(keyword, StringComparison.OrdinalIgnoreCase) || c.Keywords.Contains(keyword))
            .OrderBy(c => c.Date)
            .Select(c => new TimelineEntry(c.Date!.Value, Reference(c)))];

    public static CardReference Reference(Card card) => new(card.Id, card.Title, card.Questions[0]);

    private Answer Answered(Card card, string question, AnswerLanguage language) => new()
    {
        Kind = AnswerKind.Card,
        Question = question,
        Language = language,
        Confidence = 0.9,
        Band = ConfidenceBand.High,
        CardId = card.Id,
        Title = card.Title,
        Text = language == AnswerLanguage.English && card.AnswerEn is not null ? card.AnswerEn : card.Answer,
        Sources = [.. card.SourceIds.Select(id => id == SourceId ? Kompas : Tempo)],
        Related = [.. card.Related.Where(_cards.ContainsKey).Select(id => Reference(_cards[id]))],
    };
}
