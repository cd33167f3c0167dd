using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Answering;

/// <summary>
/// A card's <c>not_covered</c> questions: asked, they are declined with what the card does report; questions the
/// card answers are still answered by it.
/// </summary>
public class NotCoveredTests
{
    private static readonly Source[] Sources = [new("harian", "Harian Kota.com", "Parade kemenangan", new DateOnly(2020, 12, 11), null, null, null)];

    private static readonly Card Parade = new()
    {
        Id = "parade",
        Title = "Parade kemenangan pada bulan Desember",
        Answer = "Parade kemenangan digelar pada bulan Desember bersama presiden negara tetangga. Lokasinya tidak disebutkan.",
        Questions = ["Kapan parade kemenangan digelar?", "parade kemenangan kpn?", "Siapa yang ikut parade kemenangan?", "When was the victory parade held?"],
        NotCovered = ["Di kota mana parade kemenangan digelar?", "parade kemenangannya diadain dimana?", "Where was the victory parade held?"],
        SourceIds = ["harian"],
        FilePath = "parade.md",
    };

    private static readonly Card Harvest = new()
    {
        Id = "panen",
        Title = "Panen raya di desa",
        Answer = "Panen raya padi berlangsung di desa selama dua pekan.",
        Questions = ["Berapa lama panen raya berlangsung?", "panen raya brp lama?", "How long did the harvest last?", "Apa yang dipanen di desa?"],
        SourceIds = ["harian"],
        FilePath = "panen.md",
    };

    [Theory]
    [InlineData("parade kemenangan itu digelar di kota mana?")]
    [InlineData("di kota mana parade kemenangan itu diadain?")]
    [InlineData("where was the victory parade held?")]
    public void Ask_QuestionTheCardLeavesOpen_DeclinesWithWhatTheCardReports(string question)
    {
        var answer = Over(Parade, Harvest).Ask(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Null(answer.CardId);
        Assert.Equal("parade", answer.BestCandidateId);
        Assert.Contains(Parade.Answer, answer.Text, StringComparison.Ordinal);
        Assert.Equal(["harian"], answer.Sources.Select(s => s.Id));
    }

    [Theory]
    [InlineData("parade kemenangan digelar kapan sih?")]
    [InlineData("siapa aja yg ikut parade kemenangan")]
    [InlineData("when was the victory parade held?")]
    public void Ask_QuestionTheCardAnswers_IsAnsweredByIt(string question)
    {
        var answer = Over(Parade, Harvest).Ask(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("parade", answer.CardId);
    }

    private static readonly Card Leader = new()
    {
        Id = "aliyev",
        Title = "Aliyev",
        Answer = "Aliyev adalah presiden negara itu dan memimpin parade kemenangan.",
        Questions = ["Siapa Aliyev?", "aliyev itu sp?", "Who is Aliyev?", "Apa peran Aliyev dalam liputan ini?"],
        NotCovered = ["Sejak kapan Aliyev menjadi presiden?", "aliyev jd presiden dari kpn?", "Since when has Aliyev been president?"],
        SourceIds = ["harian"],
        FilePath = "aliyev.md",
    };

    [Fact]
    public void Ask_OpenQuestionAskingAnotherKindWithTheSameWord_DoesNotClaimTheQuestion()
    {
        // "Presiden" is only in the open question, but it asks since when; this asks what he is president of.
        var answer = Over(Leader, Harvest).Ask("aliyev itu presiden apa?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("aliyev", answer.CardId);
    }

    [Fact]
    public void Ask_OpenQuestionOfTheSameKind_IsDeclined()
    {
        var answer = Over(Leader, Harvest).Ask("sejak kapan aliyev jadi presiden?");

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Equal("aliyev", answer.BestCandidateId);
    }

    [Fact]
    public void Ask_SameQuestionWithoutNotCoveredList_IsAnsweredByTheCard()
    {
        var answer = Over(Parade with { NotCovered = [] }, Harvest).Ask("parade kemenangan itu digelar di kota mana?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("parade", answer.CardId);
    }

    private static AnswerService Over(params Card[] cards) =>
        Answers.Over(new FixedKnowledgeStore(new KnowledgeSnapshot(cards, Sources, AliasTable.Empty, "test", DateTimeOffset.UnixEpoch)));
}
