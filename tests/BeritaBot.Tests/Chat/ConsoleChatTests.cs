using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;
using BeritaBot.Host.Chat;
using BeritaBot.Host.Cli;
using BeritaBot.Host.Hosting;
using BeritaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BeritaBot.Tests.Chat;

public sealed class ConsoleChatTests : IDisposable
{
    private readonly KnowledgeFolders _folder = KnowledgeFolders.CopyOfReal();
    private readonly IHost _host;
    private readonly StringWriter _out = new();
    private readonly ConsoleChat _chat;

    public ConsoleChatTests()
    {
        _host = BotHostFactory.Build(_folder.Path, quiet: true);
        _chat = new ConsoleChat(
            _host.Services.GetRequiredService<IAnswerService>(),
            _host.Services.GetRequiredService<IKnowledgeStore>(),
            new ConsoleStreams(new StringReader(string.Empty), _out, new StringWriter()),
            _host.Services.GetRequiredService<IConversationMemory>());
    }

    [Fact]
    public void Handle_FollowUp_IsReadWithTheSessionsTopicAndSaysSo()
    {
        _chat.Handle("siapa penengah gencatan senjata 2020?");
        _out.GetStringBuilder().Clear();

        _chat.Handle("terus kapan itu?");

        Assert.StartsWith("(tentang Gencatan senjata 10 November 2020, ditengahi Rusia)\n■ ", _out.ToString().ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_FollowUpAfterANumber_LeansOnTheCardOpened()
    {
        _chat.Handle("apa itu kelompok kerja trilateral?");
        var opened = _host.Services.GetRequiredService<IKnowledgeStore>().Current.Cards.Single(c => _out.ToString().Contains("  [1] " + QuestionOf(c), StringComparison.Ordinal) && c.Id != "kelompok-kerja-trilateral");
        _chat.Handle("1");
        _out.GetStringBuilder().Clear();

        _chat.Handle("terus kapan itu?");

        Assert.StartsWith($"(tentang {opened.Title})", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_NumberAfterAnEnglishAnswer_OpensTheCardInEnglish()
    {
        _chat.Handle("when was the ceasefire signed?");
        _out.GetStringBuilder().Clear();

        _chat.Handle("1");

        Assert.Contains("Sources:", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Start_ForgetsTheTopic()
    {
        _chat.Handle("siapa penengah gencatan senjata 2020?");
        _chat.Handle("/start");
        _out.GetStringBuilder().Clear();

        _chat.Handle("terus kapan itu?");

        Assert.DoesNotContain("(tentang", _out.ToString(), StringComparison.Ordinal);
    }

    private string QuestionOf(Card card) =>
        _host.Services.GetRequiredService<IAnswerService>().AnswerCard(card.Id).Question;

    [Fact]
    public void Handle_Question_PrintsAnswerWithSources()
    {
        Assert.True(_chat.Handle("kapan gencatan senjata ditandatangani?"));

        var text = _out.ToString();
        Assert.Contains("■ ", text, StringComparison.Ordinal);
        Assert.Contains("10 November 2020", text, StringComparison.Ordinal);
        Assert.Contains("Sumber:", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_FollowUpNumberAfterAnswer_OpensTheOfferedCard()
    {
        const string question = "kapan gencatan senjata ditandatangani?";
        var answer = _host.Services.GetRequiredService<IAnswerService>().Ask(question);
        var second = answer.Related.Concat(answer.Suggestions).DistinctBy(c => c.CardId).ElementAt(1);
        var card = _host.Services.GetRequiredService<IKnowledgeStore>().Current.CardsById[second.CardId];
        _chat.Handle(question);
        Assert.Contains("  [2] " + second.Question, _out.ToString(), StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();

        Assert.True(_chat.Handle("2"));

        var text = _out.ToString();
        Assert.StartsWith("■ " + card.Title, text, StringComparison.Ordinal);
        Assert.Contains(card.Answer, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Topik_ListsTopicsAndNumberOpensACard()
    {
        Assert.True(_chat.Handle("/topik"));
        var listing = _out.ToString();
        Assert.Contains("gencatan-senjata", listing, StringComparison.Ordinal);
        Assert.Contains("  [1] ", listing, StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();

        Assert.True(_chat.Handle("1"));

        Assert.StartsWith("■ ", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Sumber_ListsSourcesThenCardsOfOne()
    {
        Assert.True(_chat.Handle("/sumber"));
        var listing = _out.ToString();
        Assert.Contains("  [1] ", listing, StringComparison.Ordinal);
        Assert.Contains("Kompas.com", listing, StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();

        Assert.True(_chat.Handle("/sumber 1"));

        var cards = _out.ToString();
        Assert.StartsWith("Fakta dari ", cards, StringComparison.Ordinal);
        Assert.Contains("  [1] ", cards, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Timeline_ListsDatedEventsInOrder()
    {
        Assert.True(_chat.Handle("/timeline"));

        var text = _out.ToString();
        var war = text.IndexOf("2020", StringComparison.Ordinal);
        var offensive = text.IndexOf("September 2023", StringComparison.Ordinal);
        Assert.True(war >= 0 && offensive > war, text);
        Assert.Contains("10 November 2020", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_TimelineWithKeyword_FiltersIt()
    {
        Assert.True(_chat.Handle("/timeline gencatan senjata"));
        var filtered = CliRunner.Lines(_out.ToString()).Length;
        _out.GetStringBuilder().Clear();
        _chat.Handle("/timeline");
        var all = CliRunner.Lines(_out.ToString()).Length;

        Assert.InRange(filtered, 1, all - 1);
    }

    [Fact]
    public void Handle_TimelineWithUnknownKeyword_SaysNothingMatched()
    {
        Assert.True(_chat.Handle("/timeline zzzqqq"));

        Assert.Contains("zzzqqq", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ReloadAfterAddingCard_ReportsTheDiff()
    {
        _folder.Write("cards/uji-baru.md", KnowledgeFolders.Card("Kapan festival layang-layang Zebulon diadakan?", "Setiap Agustus.", sources: "[kompas-kelompok-kerja-2021]"));

        Assert.True(_chat.Handle("/reload"));

        Assert.Contains("1 ditambah, 0 diubah, 0 dihapus", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_ReloadOfBrokenFolder_KeepsOldKnowledgeAndListsProblems()
    {
        _folder.Write("cards/uji-rusak.md", "tanpa front matter\n");

        Assert.True(_chat.Handle("/reload"));

        var text = _out.ToString();
        Assert.Contains("versi lama tetap dipakai", text, StringComparison.Ordinal);
        Assert.Contains("uji-rusak.md:1", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/keluar")]
    [InlineData("/exit")]
    [InlineData("/KELUAR")]
    public void Handle_Keluar_ReturnsFalse(string command)
    {
        Assert.False(_chat.Handle(command));
    }

    [Theory]
    [InlineData("")]
    [InlineData("/bantuan")]
    [InlineData("/tidakada")]
    [InlineData("99")]
    [InlineData("???")]
    public void Handle_OtherInput_KeepsChatting(string line)
    {
        Assert.True(_chat.Handle(line));
    }

    [Fact]
    public async Task RunAsync_InputEndsWithKeluar_GreetsAnswersAndStops()
    {
        var output = new StringWriter();
        var chat = new ConsoleChat(
            _host.Services.GetRequiredService<IAnswerService>(),
            _host.Services.GetRequiredService<IKnowledgeStore>(),
            new ConsoleStreams(new StringReader("siapa Dmitry Peskov?\n/keluar\nkapan gencatan senjata ditandatangani?\n"), output, new StringWriter()));

        await chat.RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("BeritaBot", text, StringComparison.Ordinal);
        Assert.Contains("Peskov", text, StringComparison.Ordinal);
        Assert.Contains("Sampai jumpa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10 November 2020", text, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _host.Dispose();
        _out.Dispose();
        _folder.Dispose();
    }
}
