using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.Conversations;

public sealed class PrivateChatTests
{
    [Fact]
    public async Task Question_InPrivateChat_RepliesWithQuotedHtmlAnswerAndButtons()
    {
        await using var test = await TestServer.StartAsync();

        var messageId = Updates.NextMessageId();
        test.Api.Enqueue(Updates.Private("kapan gencatan senjata?", messageId));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal(Updates.UserId, reply.ChatId);
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.True(reply.Body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.StartsWith("<b>Gencatan senjata &lt;2020&gt;</b>\n\n", reply.Text);
        Assert.Contains("Armenia &amp; Azerbaijan &lt;menandatangani&gt;", reply.Text);
        Assert.Contains(
            "Sumber: Kompas, “<a href=\"https://example.org/a?x=1&amp;y=2\">Perjanjian &lt;damai&gt; &amp; gencatan</a>”, 10 November 2020",
            reply.Text);

        var rows = reply.Keyboard;
        Assert.Equal(2, rows.Count);
        Assert.Equal(("Siapa yang menjaga perdamaian?", "c:" + FakeAnswerService.PeacekeepersId), Assert.Single(rows[0]));
        Assert.Equal(["👍 Membantu", "👎 Tidak membantu"], rows[1].Select(b => b.Text));
        Assert.All(reply.Buttons, b => Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(b.Data), 1, 64));
    }

    [Fact]
    public async Task Question_NotConfident_DeclinesWithClosestQuestionsAndNoFeedback()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("siapa presiden mars?");

        Assert.Equal("Maaf, saya belum punya jawaban untuk itu.", reply.Text);
        Assert.Equal(
            ["c:" + FakeAnswerService.CeasefireId, "c:" + FakeAnswerService.PeacekeepersId],
            reply.Buttons.Select(b => b.Data));
    }

    [Fact]
    public async Task Question_InEnglishNotFound_UsesTheCoresEnglishDecline()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("english: who won?");

        Assert.Equal("Sorry, I don't have an answer for that yet.", reply.Text);
    }

    [Fact]
    public async Task Question_Invalid_RepliesWithEscapedAnswerTextOnly()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("???");

        Assert.Equal("Pertanyaannya kosong &lt;atau&gt; tidak terbaca.", reply.Text);
        Assert.Null(reply.Body["reply_markup"]);
    }

    [Fact]
    public async Task TanyaCommand_WithQuestion_AnswersIt()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/tanya siapa penjaga perdamaian?");

        Assert.StartsWith("<b>Pasukan penjaga perdamaian</b>", reply.Text);
        Assert.Equal("siapa penjaga perdamaian?", Assert.Single(test.Bot.Answers.Asked));
    }

    [Fact]
    public async Task HelpCommand_ListsSourcesExamplesAndCommands()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/help");

        Assert.Contains("2 fakta dari 2 artikel", reply.Text);
        Assert.Contains("Tempo, “Pasukan penjaga perdamaian”, 20 September 2023", reply.Text);
        Assert.Contains("/timeline", reply.Text);
        Assert.Contains("@berita_bot", reply.Text);
        Assert.Contains(reply.Buttons, b => b.Data == "c:" + FakeAnswerService.CeasefireId);
    }

    [Fact]
    public async Task StartUp_RegistersIndonesianCommands()
    {
        await using var test = await TestServer.StartAsync();

        var call = await test.Api.WaitForAsync("setMyCommands");

        var commands = call.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>()).ToList();
        Assert.Equal(["tanya", "topik", "sumber", "timeline", "help", "start", "reload", "laporan"], commands);
        Assert.Equal("Ajukan pertanyaan tentang liputan", call.Body["commands"]![0]!["description"]!.GetValue<string>());
    }
}
