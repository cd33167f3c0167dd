using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.Conversations;

public sealed class ListCommandTests
{
    [Fact]
    public async Task Timeline_WithoutKeyword_ListsDatedCardsInOrderWithButtons()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/timeline");

        Assert.Equal(
            "<b>Kronologi</b>\n1. <b>10 November 2020</b> — Gencatan senjata &lt;2020&gt;\n2. <b>12 November 2020</b> — Pasukan penjaga perdamaian",
            reply.Text);
        Assert.Equal(["c:" + FakeAnswerService.CeasefireId, "c:" + FakeAnswerService.PeacekeepersId], reply.Buttons.Select(b => b.Data));
    }

    [Fact]
    public async Task Timeline_WithKeyword_Filters()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/timeline pasukan");

        Assert.StartsWith("<b>Kronologi: pasukan</b>\n1. <b>12 November 2020</b>", reply.Text);
        Assert.Single(reply.Buttons);
    }

    [Fact]
    public async Task Timeline_NoMatch_SaysSo()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/timeline <zzz>");

        Assert.Equal("Tidak ada peristiwa bertanggal yang cocok dengan “&lt;zzz&gt;”.", reply.Text);
    }

    [Fact]
    public async Task Sumber_ThenChoosingAnArticle_ListsTheCardsDrawnFromIt()
    {
        await using var test = await TestServer.StartAsync();

        var list = await test.Bot.AskPrivatelyAsync("/sumber");
        Assert.Contains("1. Kompas, “<a href=", list.Text);
        Assert.Equal(["s:" + FakeAnswerService.SourceId, "s:" + FakeAnswerService.OtherSourceId], list.Buttons.Select(b => b.Data));

        test.Api.Enqueue(Updates.Callback("s:" + FakeAnswerService.OtherSourceId, messageId: 950));
        var cards = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 950);

        Assert.StartsWith("<b>Fakta dari:</b> Tempo", cards.Text);
        Assert.Equal(["c:" + FakeAnswerService.PeacekeepersId], cards.Buttons.Select(b => b.Data));
        await test.Api.WaitForAsync("answerCallbackQuery");
    }

    [Fact]
    public async Task Topik_ThenChoosingATopic_ListsItsCards()
    {
        await using var test = await TestServer.StartAsync();

        var list = await test.Bot.AskPrivatelyAsync("/topik");
        Assert.Equal(["perang (1)", "rusia (1)"], list.Buttons.Select(b => b.Text));

        test.Api.Enqueue(Updates.Callback(list.Buttons.First().Data, messageId: 960));
        var cards = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 960);

        Assert.StartsWith("<b>Topik: perang</b>", cards.Text);
        Assert.Equal(["c:" + FakeAnswerService.CeasefireId], cards.Buttons.Select(b => b.Data));
    }
}
