using System.Globalization;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Answering;

/// <summary>The answer service over the real knowledge. Confidence numbers are not asserted: the matcher is being tuned.</summary>
public class AnswerServiceTests
{
    private const string CeasefireCard = "gencatan-senjata-10-november-2020";

    private readonly AnswerService _answers = Answers.OverRealKnowledge();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\r\n")]
    [InlineData("🙂🙂")]
    [InlineData("???")]
    [InlineData("!!! ... ???")]
    [InlineData("\u200B\u200B")]
    [InlineData("\u0000\u0007\u001B")]
    public void Ask_UnusableQuestion_IsInvalidWithAMessage(string question)
    {
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Null(answer.CardId);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Ask_QuestionAfterASentenceOfContext_IsAnsweredAsSurelyAsAlone()
    {
        var alone = _answers.Ask("kapan gencatan senjata ditandatangani?");

        var withContext = _answers.Ask("Saya sedang belajar sejarah Kaukasus untuk tugas sekolah. Kapan gencatan senjata ditandatangani?");

        Assert.Equal(CeasefireCard, alone.CardId);
        Assert.Equal(CeasefireCard, withContext.CardId);
        Assert.Equal(alone.Confidence, withContext.Confidence);
    }

    [Fact]
    public void Ask_Null_IsInvalidNotAnException()
    {
        var answer = _answers.Ask(null!);

        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Fact]
    public void Ask_OverMaximumLength_IsInvalidAndSaysSo()
    {
        var answer = _answers.Ask("kapan gencatan senjata ditandatangani " + new string('a', 1000));

        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.Contains("000", answer.Text, StringComparison.Ordinal);
        Assert.Contains("panjang", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OverMaximumLength_WritesTheLimitAsEachLanguageDoesWhateverTheCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("en-US");

            var indonesian = _answers.Ask("kapan gencatan senjata ditandatangani " + new string('a', 1000));
            var english = _answers.Ask(string.Concat(Enumerable.Repeat("when was the ceasefire signed and who brokered it? ", 30)));

            Assert.Contains("1.000", indonesian.Text, StringComparison.Ordinal);
            Assert.Contains("1,000", english.Text, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Ask_OverMaximumLengthInEnglish_SaysSoInEnglish()
    {
        var answer = _answers.Ask(string.Concat(Enumerable.Repeat("when was the ceasefire signed and who brokered it? ", 30)));

        Assert.Equal(AnswerStatus.Invalid, answer.Status);
        Assert.Contains("too long", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kapan gencatan senjata ditandatangani")]
    [InlineData("Kapan gencatan senjata ditandatangani?")]
    [InlineData("kpn gencatan senjata ditandatangani?")]
    [InlineData("kapan\u200B gencatan senjata\u0007 ditandatangani?")]
    [InlineData("  KAPAN GENCATAN SENJATA DITANDATANGANI  ")]
    public void Ask_CeasefireQuestionInIndonesian_AnswersWithCeasefireCardInIndonesian(string question)
    {
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(CeasefireCard, answer.CardId);
        Assert.Equal(AnswerLanguage.Indonesian, answer.Language);
        Assert.StartsWith(RealKnowledge.Snapshot.CardsById[CeasefireCard].Answer, answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Sources);
        Assert.All(answer.Sources, s => Assert.Contains(s.Id, RealKnowledge.Snapshot.CardsById[CeasefireCard].SourceIds));
    }

    [Fact]
    public void Ask_EnglishQuestionOnCardWithEnglishAnswer_AnswersInEnglish()
    {
        var answer = _answers.Ask("When was the Armenia-Azerbaijan ceasefire signed?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(CeasefireCard, answer.CardId);
        Assert.Equal(AnswerLanguage.English, answer.Language);
        Assert.StartsWith(RealKnowledge.Snapshot.CardsById[CeasefireCard].AnswerEn!, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Путин siapa?")]
    [InlineData("Кто такой Пашинян?")]
    [InlineData("普京是谁")]
    [InlineData("مَن هو بوتين؟")]
    [InlineData("Pashinyan‮siapa")]
    public void Ask_ForeignOrMixedScript_GivesAValueNotAnException(string question)
    {
        var answer = _answers.Ask(question);

        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.True(answer.CardId is null || RealKnowledge.Snapshot.CardsById.ContainsKey(answer.CardId));
    }

    [Theory]
    [InlineData("siapa pemenang piala dunia sepak bola 2022?")]
    [InlineData("resep rendang padang yang enak")]
    [InlineData("What is the capital of Australia?")]
    public void Ask_OutOfScope_IsNotAnswered(string question)
    {
        var answer = _answers.Ask(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
        Assert.Null(answer.CardId);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Ask_OutOfScopeQuestion_DeclinesInTheQuestionsLanguage()
    {
        var indonesian = _answers.Ask("siapa pemenang piala dunia sepak bola 2022?");
        var english = _answers.Ask("who won the football world cup in 2022?");

        Assert.Equal(AnswerStatus.NotFound, indonesian.Status);
        Assert.Equal(AnswerLanguage.Indonesian, indonesian.Language);
        Assert.Equal(AnswerStatus.NotFound, english.Status);
        Assert.Equal(AnswerLanguage.English, english.Language);
        Assert.NotEqual(indonesian.Text, english.Text);
    }

    [Fact]
    public void AnswerCard_ExistingCard_AnswersWithIt()
    {
        var answer = _answers.AnswerCard(CeasefireCard);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(CeasefireCard, answer.CardId);
        Assert.NotEmpty(answer.Sources);
    }

    [Fact]
    public void AnswerCard_ExistingCardInEnglish_UsesEnglishAnswer()
    {
        var answer = _answers.AnswerCard(CeasefireCard, AnswerLanguage.English);

        Assert.Equal(AnswerLanguage.English, answer.Language);
        Assert.StartsWith(RealKnowledge.Snapshot.CardsById[CeasefireCard].AnswerEn!, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-card")]
    [InlineData("")]
    public void AnswerCard_MissingCard_IsNotFoundValue(string cardId)
    {
        var answer = _answers.AnswerCard(cardId);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Null(answer.CardId);
        Assert.False(string.IsNullOrWhiteSpace(answer.Text));
    }

    [Theory]
    [InlineData("gencat", 3)]
    [InlineData("gencatan sen", 5)]
    [InlineData("kapan gencatan senjata", 1)]
    public void Autocomplete_PartialQuestion_FindsCeasefireWithinLimit(string typed, int limit)
    {
        var found = _answers.Autocomplete(typed, limit);

        Assert.InRange(found.Count, 1, limit);
        Assert.Contains(found, c => c.CardId.StartsWith("gencatan-senjata", StringComparison.Ordinal));
        Assert.All(found, c => Assert.False(string.IsNullOrWhiteSpace(c.Question)));
    }

    [Theory]
    [InlineData("", 5)]
    [InlineData("putin", 2)]
    [InlineData("a", 4)]
    public void Autocomplete_AnyText_ReturnsAtMostLimit(string typed, int limit)
    {
        Assert.InRange(_answers.Autocomplete(typed, limit).Count, 0, limit);
    }

    [Fact]
    public void Autocomplete_ZeroLimit_ReturnsNothing()
    {
        Assert.Empty(_answers.Autocomplete("gencatan", 0));
    }

    [Fact]
    public void Autocomplete_OverlongText_DoesNotThrow()
    {
        Assert.NotNull(_answers.Autocomplete(new string('x', 5000), 3));
    }

    [Fact]
    public void Topics_RealKnowledge_ListEveryCardOnce()
    {
        var topics = _answers.Topics();

        var ids = topics.SelectMany(t => t.Cards).Select(c => c.CardId).ToList();
        Assert.Equal(RealKnowledge.Snapshot.Cards.Count, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(topics.Select(t => t.Topic).Order(StringComparer.Ordinal), topics.Select(t => t.Topic));
    }

    [Fact]
    public void Sources_RealKnowledge_ListsEverySource()
    {
        Assert.Equal(RealKnowledge.Snapshot.Sources.Select(s => s.Id), _answers.Sources().Select(s => s.Id));
    }

    [Fact]
    public void CardsFromSource_EachSource_ListsOnlyCardsCitingIt()
    {
        foreach (var source in _answers.Sources())
        {
            var cards = _answers.CardsFromSource(source.Id);

            Assert.NotEmpty(cards);
            Assert.All(cards, c => Assert.Contains(source.Id, RealKnowledge.Snapshot.CardsById[c.CardId].SourceIds));
        }
    }

    [Fact]
    public void CardsFromSource_UnknownSource_IsEmpty()
    {
        Assert.Empty(_answers.CardsFromSource("no-such-source"));
    }

    [Fact]
    public void Timeline_NoKeyword_ListsDatedCardsInDateOrder()
    {
        var timeline = _answers.Timeline();

        Assert.Equal(RealKnowledge.Snapshot.Cards.Count(c => c.Date is not null), timeline.Count);
        Assert.Equal(timeline.Select(e => e.Date).Order(), timeline.Select(e => e.Date));
        Assert.All(timeline, e => Assert.Equal(RealKnowledge.Snapshot.CardsById[e.Card.CardId].Date, e.Date));
        Assert.Contains(timeline, e => e.Card.CardId == CeasefireCard && e.Label == "10 November 2020");
    }

    [Fact]
    public void Timeline_Keyword_KeepsOnlyMatchingDatedCardsInOrder()
    {
        var all = _answers.Timeline();
        var filtered = _answers.Timeline("gencatan senjata");

        Assert.NotEmpty(filtered);
        Assert.True(filtered.Count < all.Count);
        Assert.Contains(filtered, e => e.Card.CardId == CeasefireCard);
        Assert.All(filtered, e => Assert.Contains(all, a => a.Card.CardId == e.Card.CardId));
        Assert.Equal(filtered.Select(e => e.Date).Order(), filtered.Select(e => e.Date));
    }

    [Fact]
    public void Timeline_MonthPrecisionCard_IsLabelledWithTheMonthOnly()
    {
        var entry = Assert.Single(_answers.Timeline(), e => e.Card.CardId == "serangan-azerbaijan-september-2023");

        Assert.Equal("September 2023", entry.Label);
    }

    [Fact]
    public void Timeline_UnknownKeyword_IsEmpty()
    {
        Assert.Empty(_answers.Timeline("zzzqqq"));
    }

    [Fact]
    public void Ask_WithObservers_NotifiesEachWithAnswerAndContext()
    {
        var observer = new RecordingObserver();
        var answers = Answers.OverRealKnowledge(observer);
        var context = new AskContext("telegram");

        var answered = answers.Ask("kapan gencatan senjata ditandatangani", context);
        var invalid = answers.Ask("???");

        Assert.Equal(2, observer.Seen.Count);
        var seen = observer.Seen.ToArray();
        Assert.Same(answered, seen[0].Answer);
        Assert.Same(context, seen[0].Context);
        Assert.Same(invalid, seen[1].Answer);
        Assert.Equal(AskContext.Console, seen[1].Context);
    }

    [Fact]
    public void Ask_ObserverThrows_StillAnswersAndNotifiesTheOthers()
    {
        var broken = new ThrowingObserver();
        var recording = new RecordingObserver();
        var answers = Answers.OverRealKnowledge(broken, recording);

        var answer = answers.Ask("kapan gencatan senjata ditandatangani");

        Assert.Equal(CeasefireCard, answer.CardId);
        Assert.Equal(1, broken.Calls);
        Assert.Single(recording.Seen);
    }

    [Fact]
    public void AnswerCard_DatedCardWithLaterRelatedCard_MentionsTheLaterDevelopmentInTheAnswersLanguage()
    {
        var snapshot = RealKnowledge.Snapshot;
        var (card, later) = snapshot.Cards
            .Where(c => c.Date is not null)
            .SelectMany(c => c.Related.Select(id => snapshot.CardsById[id]).Where(r => r.Date > c.Date && r.AnswerEn is not null).Select(r => (c, r)))
            .First();

        var indonesian = _answers.AnswerCard(card.Id, AnswerLanguage.Indonesian);
        var english = _answers.AnswerCard(card.Id, AnswerLanguage.English);

        Assert.Contains(indonesian.LaterDevelopments, r => r.Card.CardId == later.Id);
        Assert.Contains("Perkembangan selanjutnya", indonesian.Text, StringComparison.Ordinal);
        Assert.Contains(later.Title, indonesian.Text, StringComparison.Ordinal);
        Assert.Contains("Later development", english.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(later.Title, english.Text, StringComparison.Ordinal);
    }
}
