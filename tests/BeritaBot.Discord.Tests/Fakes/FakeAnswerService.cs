using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>Answers from a small table; anything else is declined with suggestions.</summary>
public sealed class FakeAnswerService : IAnswerService
{
    public static readonly SourceReference SourceA = new("src-a", "Kantor Berita", "Judul [artikel] A", new DateOnly(2020, 11, 10), "https://example.org/a");

    public List<Card> Cards { get; } =
    [
        Card("card-1", "Gencatan senjata", "Kapan gencatan senjata disepakati?", new DateOnly(2020, 11, 10)),
        Card("card-2", "Pasukan penjaga perdamaian", "Siapa penjaga perdamaian?", new DateOnly(2020, 11, 12)),
        Card("card-3", "Blokade koridor", "Apa itu koridor?", null),
    ];

    public List<string> Asked { get; } = [];

    public Answer Ask(string question, AskContext? context = null)
    {
        Asked.Add(question);
        if (string.IsNullOrWhiteSpace(question))
        {
            return new Answer { Kind = AnswerKind.Invalid, Question = question, Language = AnswerLanguage.Indonesian, Text = "Pertanyaannya kosong." };
        }

        var card = Cards.FirstOrDefault(c => c.Questions.Contains(question, StringComparer.OrdinalIgnoreCase));
        return card is null
            ? new Answer
            {
                Kind = AnswerKind.Declined,
                Question = question,
                Language = AnswerLanguage.Indonesian,
                Confidence = 0.3,
                Band = ConfidenceBand.Low,
                Text = "Maaf, saya belum punya jawaban untuk itu.",
                Suggestions = [Ref(Cards[0]), Ref(Cards[1])],
            }
            : Answered(card, question);
    }

    public Answer AnswerCard(string cardId, AnswerLanguage language = AnswerLanguage.Indonesian)
    {
        var card = Cards.FirstOrDefault(c => c.Id == cardId);
        return card is null
            ? new Answer { Kind = AnswerKind.Declined, Question = cardId, Language = language, Text = "Kartu itu sudah tidak ada." }
            : Answered(card, card.Questions[0]);
    }

    public IReadOnlyList<CardReference> Autocomplete(string typed, int limit) =>
        Cards.SelectMany(c => c.Questions.Select(q => new CardReference(c.Id, c.Title, q)))
            .Where(r => r.Question.Contains(typed, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .ToList();

    public IReadOnlyList<TopicGroup> Topics() =>
        Cards.GroupBy(c => c.Topic).Select(g => new TopicGroup(g.Key, g.Select(Ref).ToList())).ToList();

    public IReadOnlyList<Source> Sources() =>
        [new Source(SourceA.Id, SourceA.Outlet, SourceA.Title, SourceA.Published, null, null, SourceA.Url)];

    public IReadOnlyList<CardReference> CardsFromSource(string sourceId) =>
        Cards.Where(c => c.SourceIds.Contains(sourceId)).Select(Ref).ToList();

    public IReadOnlyList<TimelineEntry> Timeline(string? keyword = null) =>
        Cards.Where(c => c.Date is not null && (keyword is null || c.Title.Contains(keyword, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(c => c.Date)
            .Select(c => new TimelineEntry(c.Date!.Value, Ref(c)))
            .ToList();

    private Answer Answered(Card card, string question) => new()
    {
        Kind = AnswerKind.Card,
        Question = question,
        Language = AnswerLanguage.Indonesian,
        Confidence = 0.91,
        Band = ConfidenceBand.High,
        CardId = card.Id,
        Title = card.Title,
        Text = card.Answer,
        Sources = [SourceA],
        Related = Cards.Where(c => c.Id != card.Id).Select(Ref).ToList(),
    };

    private static CardReference Ref(Card card) => new(card.Id, card.Title, card.Questions[0]);

    private static Card Card(string id, string title, string question, DateOnly? date) => new()
    {
        Id = id,
        Title = title,
        Questions = [question],
        Answer = $"Jawaban untuk {title}. @everyone jangan ping.",
        SourceIds = ["src-a"],
        Date = date,
        Tags = ["konflik"],
        FilePath = $"knowledge/cards/{id}.md",
    };
}
