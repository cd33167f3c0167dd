using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
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
        _chat = NewChat(new ConsoleStreams(new StringReader(string.Empty), _out, new StringWriter()));
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
        var second = _host.Services.GetRequiredService<AnswerPresenter>().Present(answer).FollowUps[1];
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
    public void Handle_Topik_ListsTopicsWithTheirSizeNotEveryCard()
    {
        var cards = _host.Services.GetRequiredService<IKnowledgeStore>().Current.Cards.Count;
        var topics = _host.Services.GetRequiredService<IAnswerService>().Topics().Count;

        Assert.True(_chat.Handle("/topik"));

        var lines = CliRunner.Lines(_out.ToString());
        Assert.Contains(lines, l => l.StartsWith("1. ", StringComparison.Ordinal) && l.Contains('(', StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("gencatan-senjata (", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("[1]", StringComparison.Ordinal));
        Assert.InRange(lines.Length, topics, topics + 3);
        Assert.True(lines.Length < cards, $"{lines.Length} lines for {cards} cards");
    }

    [Fact]
    public void Handle_TopikWithName_ListsThatTopicsCardsAndNumberOpensOne()
    {
        Assert.True(_chat.Handle("/topik gencatan-senjata"));
        var listing = _out.ToString();
        Assert.Contains("  [1] ", listing, StringComparison.Ordinal);
        _out.GetStringBuilder().Clear();

        Assert.True(_chat.Handle("1"));

        Assert.StartsWith("■ ", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_SumberWithNumberBeyondTheList_SaysThereIsNoSuchSource()
    {
        var count = _host.Services.GetRequiredService<IAnswerService>().Sources().Count;

        Assert.True(_chat.Handle("/sumber 9"));

        var text = _out.ToString();
        Assert.StartsWith("Tidak ada sumber \"9\": pilih nomor 1 sampai " + count, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_EnglishReaderPicksAFollowUp_GetsTheEnglishAnswer()
    {
        var store = _host.Services.GetRequiredService<IKnowledgeStore>();
        _chat.Handle("when was the ceasefire signed?");
        var offered = _host.Services.GetRequiredService<AnswerPresenter>()
            .Present(_host.Services.GetRequiredService<IAnswerService>().Ask("when was the ceasefire signed?")).FollowUps;
        var pick = offered.Select((f, i) => (f, i)).First(x => store.Current.CardsById[x.f.CardId].AnswerEn is not null);
        _out.GetStringBuilder().Clear();

        Assert.True(_chat.Handle((pick.i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var text = _out.ToString();
        Assert.Contains(store.Current.CardsById[pick.f.CardId].AnswerEn!, text, StringComparison.Ordinal);
        Assert.Contains("Sources:", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("halo")]
    [InlineData("hai")]
    [InlineData("makasih")]
    [InlineData("selamat pagi")]
    public void Handle_Greeting_RepliesWithWhatTheBotCanDo(string greeting)
    {
        Assert.True(_chat.Handle(greeting));

        var text = _out.ToString();
        Assert.StartsWith("Halo! Tanyakan apa saja", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maaf", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_TimelineKeywordWithEscapeSequences_EchoesItWithoutThem()
    {
        Assert.True(_chat.Handle("/timeline zz\u001b[2J\u001b]0;judul\u0007qq\u009b31m"));

        var text = _out.ToString();
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.Contains("“zzqq”", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Handle_Sumber_ListsSourcesThenCardsOfOne()
    {
        Assert.True(_chat.Handle("/sumber"));
        var listing = _out.ToString();
        Assert.Contains("  1. ", listing, StringComparison.Ordinal);
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
        Assert.Contains("pengetahuan lama tetap dipakai", text, StringComparison.Ordinal);
        Assert.Contains("uji-rusak.md:1", text, StringComparison.Ordinal);
        Assert.Single(CliRunner.Lines(text), l => l.Contains("uji-rusak.md:1", StringComparison.Ordinal));
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
        var chat = NewChat(new ConsoleStreams(new StringReader("siapa Dmitry Peskov?\n/keluar\nkapan gencatan senjata ditandatangani?\n"), output, new StringWriter()));

        await chat.RunAsync(CancellationToken.None);

        var text = output.ToString();
        Assert.Contains("BeritaBot", text, StringComparison.Ordinal);
        Assert.Contains("Peskov", text, StringComparison.Ordinal);
        Assert.Contains("Sampai jumpa", text, StringComparison.Ordinal);
        Assert.DoesNotContain("10 November 2020", text, StringComparison.Ordinal);
    }

    private ConsoleChat NewChat(ConsoleStreams io) => new(
        _host.Services.GetRequiredService<IAnswerService>(),
        _host.Services.GetRequiredService<AnswerPresenter>(),
        _host.Services.GetRequiredService<IKnowledgeStore>(),
        io,
        _host.Services.GetRequiredService<IConversationMemory>());

    public void Dispose()
    {
        _host.Dispose();
        _out.Dispose();
        _folder.Dispose();
    }
}
