using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Answering;

/// <summary>Questions about the articles themselves, answered from sources.yaml over a small hand-made knowledge.</summary>
public class ArticleAnswerTests
{
    private static readonly Source[] Sources =
    [
        new("kota-banjir", "Harian Kota.com", "Banjir merendam pesisir utara", new DateOnly(2021, 3, 4), "Rina Wulandari", "Reuters", null) { Editor = "Joko" },
        new("kota-pemilu", "Harian Kota.com", "Pemilu daerah ditunda", null, null, null, null),
        new("warta-gempa", "Warta Nusantara", "Gempa mengguncang lembah", new DateOnly(2022, 8, 1), "Sari", "AFP", null),
    ];

    private readonly AnswerService _answers = Answers.Over(new FixedKnowledgeStore(new KnowledgeSnapshot(
    [
        NewCard("banjir", "kota-banjir", "Banjir merendam pesisir utara", "Banjir merendam 300 rumah di pesisir utara.", "Berapa rumah terendam banjir di pesisir?", "banjir pesisir rendam brp rumah?", "How many homes did the flood hit?"),
        NewCard("pemilu", "kota-pemilu", "Pemilu daerah ditunda", "Komisi pemilu menunda pemungutan suara daerah sampai bulan depan.", "Kenapa pemilu daerah ditunda?", "pemilu ditunda knp?", "Why was the regional election postponed?"),
        NewCard("gempa", "warta-gempa", "Gempa di lembah", "Gempa bermagnitudo 5 mengguncang lembah pada malam hari.", "Berapa kekuatan gempa di lembah?", "gempa lembah brp magnitudo?", "How strong was the valley earthquake?"),
    ], Sources, AliasTable.Empty, "test", DateTimeOffset.UnixEpoch)));

    [Fact]
    public void Ask_WhoWroteTheArticleOnATopic_GivesThatArticlesByline()
    {
        var answer = _answers.Ask("siapa penulis berita tentang banjir di pesisir?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Null(answer.CardId);
        Assert.Equal(["kota-banjir"], answer.Sources.Select(s => s.Id));
        Assert.Contains("Rina Wulandari", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Joko", answer.Text, StringComparison.Ordinal);
        Assert.Contains("4 Maret 2021", answer.Text, StringComparison.Ordinal);
        Assert.Contains("banjir", answer.Related.Select(r => r.CardId));
    }

    [Fact]
    public void Ask_OutletWithTwoArticles_TopicPicksTheOne()
    {
        var answer = _answers.Ask("yg nulis berita harian kota soal pemilu sp?");

        Assert.Equal(["kota-pemilu"], answer.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Ask_AskedDetailTheArticleDoesNotGive_DeclinesSayingItIsNotGiven()
    {
        var indonesian = _answers.Ask("kapan berita pemilu ditunda itu terbit?");
        var english = _answers.Ask("who wrote the article about the postponed election?");

        Assert.Equal(AnswerKind.NotCovered, indonesian.Kind);
        Assert.Equal(AnswerKind.NotCovered, english.Kind);
        Assert.Equal(["kota-pemilu"], indonesian.Sources.Select(s => s.Id));
        Assert.Contains("tanggal terbit tidak dicantumkan", indonesian.Text, StringComparison.Ordinal);
        Assert.Equal(AnswerLanguage.English, english.Language);
        Assert.Contains("no author is named", english.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_NoAskedDetailGivenOrOneGiven_DeclinesOrAnswers()
    {
        var answer = _answers.Ask("siapa penulis dan editor berita pemilu ditunda, dan kapan terbit?");

        Assert.Equal(AnswerKind.NotCovered, answer.Kind);

        var banjir = _answers.Ask("siapa penulis dan editor berita banjir di pesisir?");

        Assert.Equal(AnswerKind.Article, banjir.Kind);
    }

    [Fact]
    public void Ask_WireAgencyOfAnArticle_GivesTheAgency()
    {
        var answer = _answers.Ask("berita gempa itu dari kantor berita apa?");

        Assert.Equal(["warta-gempa"], answer.Sources.Select(s => s.Id));
        Assert.Contains("AFP", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Ask_OutletNamedWithoutTopic_ListsItsArticles()
    {
        var answer = _answers.Ask("siapa penulis artikel harian kota?");

        Assert.Equal(["kota-banjir", "kota-pemilu"], answer.Sources.Select(s => s.Id));
    }

    [Fact]
    public void Ask_ArticleOnATopicTheCoverageLacks_IsDeclined()
    {
        var answer = _answers.Ask("siapa penulis berita tentang pertandingan sepak bola semalam?");

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Sources);
    }

    [Fact]
    public void Ask_QuestionAboutTheEventsMentioningAnArticle_IsAnsweredByTheCard()
    {
        var answer = _answers.Ask("menurut berita itu, berapa rumah terendam banjir di pesisir?");

        // Whether the tiny knowledge is confident enough to answer is the matcher's business; the byline reader must not take it.
        Assert.False(answer is { IsAnswered: true, CardId: null }, answer.Text);
        Assert.Equal("banjir", answer.CardId ?? answer.BestCandidateId);
    }

    private static Card NewCard(string id, string source, string title, string answer, params string[] questions) => new()
    {
        Id = id,
        Title = title,
        Answer = answer,
        Questions = questions,
        SourceIds = [source],
        FilePath = id + ".md",
    };
}
