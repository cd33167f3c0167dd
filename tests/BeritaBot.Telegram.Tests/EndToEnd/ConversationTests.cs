using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.EndToEnd;

/// <summary>Follow-up questions through the fake Bot API, answered by the real core from the real knowledge.</summary>
public sealed class ConversationTests
{
    private const string CeasefireTitle = "Gencatan senjata 10 November 2020, ditengahi Rusia";
    private const string Opener = "siapa penengah gencatan senjata 2020?";
    private const string FollowUp = "terus kapan itu?";
    private const long Alice = 501;
    private const long Bob = 502;

    [Fact]
    public async Task FollowUp_PrivateChat_IsAnsweredWithTheTopicShown()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        await bot.AskPrivatelyAsync(Opener);

        var reply = await bot.AskPrivatelyAsync(FollowUp);

        Assert.StartsWith($"<i>(tentang {CeasefireTitle})</i>\n<b>{CeasefireTitle}</b>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_Start_ForgetsTheTopic()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        await bot.AskPrivatelyAsync(Opener);
        await bot.AskPrivatelyAsync("/start");

        var reply = await bot.AskPrivatelyAsync(FollowUp);

        Assert.DoesNotContain(CeasefireTitle, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AnotherReaderInTheGroup_DoesNotLeanOnTheFirstReadersTopic()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        await AskInGroupAsync(bot, Opener, Alice);

        var bobs = await AskInGroupAsync(bot, FollowUp, Bob);
        var alices = await AskInGroupAsync(bot, FollowUp, Alice);

        Assert.DoesNotContain(CeasefireTitle, bobs.Text, StringComparison.Ordinal);
        Assert.StartsWith($"<i>(tentang {CeasefireTitle})</i>", alices.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reply_ToAnOldAnswer_ContinuesThatAnswersTopic()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var first = await AskInGroupAsync(bot, Opener, Alice);
        await AskInGroupAsync(bot, "apa itu kelompok kerja trilateral?", Alice);

        var reply = await AskInGroupAsync(bot, FollowUp, Alice, replyTo: Updates.BotMessage(first.SentMessageId!.Value, Updates.GroupId, first.Text!));

        Assert.StartsWith($"<i>(tentang {CeasefireTitle})</i>", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AfterASuggestionPressed_LeansOnThatCard()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var answer = await bot.AskPrivatelyAsync("apa itu kelompok kerja trilateral?");
        var button = answer.Buttons.First(b => b.Data.StartsWith("c:", StringComparison.Ordinal));
        var pressed = await bot.PressAsync(button.Data);
        var title = bot.Store.Current.CardsById[button.Data["c:".Length..]].Title;

        var reply = await bot.AskPrivatelyAsync(FollowUp);

        Assert.StartsWith("<b>", pressed.Text, StringComparison.Ordinal);
        Assert.StartsWith($"<i>(tentang {System.Net.WebUtility.HtmlEncode(title)})</i>", reply.Text, StringComparison.Ordinal);
    }

    private static async Task<RecordedRequest> AskInGroupAsync(RealCoreTelegramHost bot, string text, long userId, System.Text.Json.Nodes.JsonObject? replyTo = null)
    {
        var messageId = Updates.NextMessageId();

        // In a group the bot reads questions asked with /tanya, or replies to its own messages.
        bot.Api.Enqueue(Updates.Group(replyTo is null ? "/tanya " + text : text, messageId, userId, replyTo));
        return await bot.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
    }
}
