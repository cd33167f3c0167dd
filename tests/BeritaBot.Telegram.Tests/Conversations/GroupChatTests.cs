using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.Conversations;

/// <summary>
/// Ignored messages are proven ignored by sending them first and a sentinel that is answered last: updates are
/// handled in order, so once the sentinel's reply is out the ignored ones have been handled too.
/// </summary>
public sealed class GroupChatTests
{
    [Fact]
    public async Task CommandAddressedToUs_InGroup_IsAnswered()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Group("/tanya@berita_bot kapan gencatan senjata?", messageId));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal(Updates.GroupId, reply.ChatId);
        Assert.Equal("kapan gencatan senjata?", Assert.Single(test.Bot.Answers.Asked));
    }

    [Fact]
    public async Task BareCommand_InGroup_IsTreatedAsOurs()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Group("/tanya gencatan?", messageId));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.StartsWith("<b>Gencatan", reply.Text);
    }

    [Theory]
    [InlineData("/tanya@other_bot kapan gencatan senjata?")]
    [InlineData("/help@OtherBot")]
    [InlineData("ngobrol biasa tentang gencatan senjata")]
    [InlineData("@someone_else kapan gencatan senjata?")]
    [InlineData("/foo")]
    public async Task MessageNotForUs_InGroup_IsIgnored(string text)
    {
        await using var test = await TestServer.StartAsync();

        test.Api.Enqueue(Updates.Group(text, Updates.NextMessageId()));
        var sentinelId = Updates.NextMessageId();
        test.Api.Enqueue(Updates.Group("/tanya@berita_bot perdamaian?", sentinelId));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == sentinelId);

        var sent = Assert.Single(test.Api.Calls("sendMessage"));
        Assert.Equal(sentinelId, sent.ReplyToMessageId);
        Assert.Equal(["perdamaian?"], test.Bot.Answers.Asked);
    }

    [Fact]
    public async Task Mention_InGroup_AnswersTheQuestionWithoutTheMention()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Group("@Berita_Bot kapan gencatan senjata?", messageId));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal("kapan gencatan senjata?", Assert.Single(test.Bot.Answers.Asked));
    }

    [Fact]
    public async Task ReplyToOurMessage_InGroup_IsAnswered()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Group("lalu siapa penjaga perdamaian?", messageId, replyTo: Updates.BotMessage(77, Updates.GroupId)));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal("lalu siapa penjaga perdamaian?", Assert.Single(test.Bot.Answers.Asked));
    }

    [Fact]
    public async Task ReplyToSomeoneElse_InGroup_IsIgnored()
    {
        await using var test = await TestServer.StartAsync();
        var human = Updates.Message("pendapat saya", 70, 999, Updates.GroupId, "supergroup");

        test.Api.Enqueue(Updates.Group("setuju, gencatan itu penting", Updates.NextMessageId(), replyTo: human));
        var sentinelId = Updates.NextMessageId();
        test.Api.Enqueue(Updates.Group("/help@berita_bot", sentinelId));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == sentinelId);

        Assert.Single(test.Api.Calls("sendMessage"));
        Assert.Empty(test.Bot.Answers.Asked);
    }

    [Fact]
    public async Task WithoutGetMe_BareCommandsStillWorkAndAWarningExplainsWhy()
    {
        await using var test = await TestServer.StartAsync(beforeStart: api =>
        {
            api.Unimplemented.Add("getMe");
            api.Unimplemented.Add("setMyCommands");
        });

        var reply = await test.Bot.AskPrivatelyAsync("/tanya gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
        Assert.Contains(test.Bot.Logs.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("only private chats and bare commands", StringComparison.Ordinal));
        Assert.Contains(test.Bot.Logs.GetSnapshot(), e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning && e.Message.Contains("setMyCommands failed", StringComparison.Ordinal));
        Assert.False(test.Bot.Service.Faulted);
    }

    [Fact]
    public async Task Flooding_OverTheLimit_AnswersUpToTheLimitAndWarnsOnce()
    {
        await using var test = await TestServer.StartAsync(new Dictionary<string, string?> { ["Telegram:FloodMaxMessages"] = "3" });

        for (var i = 0; i < 7; i++)
        {
            test.Api.Enqueue(Updates.Private("gencatan " + i, Updates.NextMessageId()));
        }

        var otherUser = Updates.NextMessageId();
        test.Api.Enqueue(Updates.Private("gencatan?", otherUser, userId: 555));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == otherUser);

        var toFlooder = test.Api.Calls("sendMessage").Where(r => r.ChatId == Updates.UserId).ToList();
        Assert.Equal(4, toFlooder.Count);
        Assert.Single(toFlooder, r => r.Text!.StartsWith("Pelan-pelan", StringComparison.Ordinal));
    }
}
