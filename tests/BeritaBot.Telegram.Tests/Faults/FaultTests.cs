using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Faults;

public sealed class FaultTests
{
    [Fact]
    public async Task SendMessage_429WithRetryAfter_WaitsAndSendsOnce()
    {
        await using var test = await TestServer.StartAsync();
        test.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", new { retry_after = 1 });

        var reply = await test.Bot.AskPrivatelyAsync("gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
        Assert.Equal(2, test.Api.Calls("sendMessage", includeScripted: true).Count);
        Assert.Single(test.Api.Calls("sendMessage"));
        Assert.Contains(test.Bot.Logs.GetSnapshot(), e => e.Message.Contains("flood control", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendMessage_429WithASingleAttemptAllowed_IsNotRetriedByTheLibrary()
    {
        // Telegram.Bot would wait retry_after and send again on its own; with that off, one attempt means one call.
        await using var test = await TestServer.StartAsync(new Dictionary<string, string?> { ["Telegram:SendMaxAttempts"] = "1" });
        test.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 1", new { retry_after = 1 });

        test.Api.Enqueue(Updates.Private("gencatan?", Updates.NextMessageId()));
        await test.Bot.WaitForLogAsync(e => e.Level == LogLevel.Error && e.Message.StartsWith("Failed to handle update", StringComparison.Ordinal));

        Assert.Single(test.Api.Calls("sendMessage", includeScripted: true));
    }

    [Fact]
    public async Task SendMessage_ReplyWithDatesInMilliseconds_IsDeliveredOnceAndNotRetried()
    {
        await using var test = await TestServer.StartAsync();
        test.Api.SucceedNextWithMillisecondDates("sendMessage");
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Private("gencatan?", messageId));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId, includeScripted: true);

        // One more round trip: a retry of the first reply would have been sent before this one.
        await test.Bot.AskPrivatelyAsync("/help");
        var sent = Assert.Single(test.Api.Calls("sendMessage", includeScripted: true), r => r.ReplyToMessageId == messageId);
        Assert.StartsWith("<b>Gencatan", sent.Text);
        Assert.Contains(test.Bot.Logs.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains("reply could not be read", StringComparison.Ordinal));
        Assert.DoesNotContain(test.Bot.Logs.GetSnapshot(), e => e.Level == LogLevel.Error);
    }

    [Fact]
    public async Task SendMessage_500ThenHtml502_BacksOffAndSucceeds()
    {
        await using var test = await TestServer.StartAsync();
        test.Api.FailNext("sendMessage", 500, "Internal Server Error");
        test.Api.FailNextWithHtml("sendMessage", 502);

        var reply = await test.Bot.AskPrivatelyAsync("gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
        Assert.Equal(3, test.Api.Calls("sendMessage", includeScripted: true).Count);
        AssertTokenNeverLogged(test);
    }

    [Fact]
    public async Task SendMessage_GroupMigrated_ResendsToTheSupergroup()
    {
        await using var test = await TestServer.StartAsync();
        const long supergroup = -1009876543210;
        test.Api.FailNext("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat", new { migrate_to_chat_id = supergroup });

        test.Api.Enqueue(Updates.Group("/tanya@berita_bot gencatan?", Updates.NextMessageId()));
        var reply = await test.Api.WaitForAsync("sendMessage");
        var second = Updates.NextMessageId();
        test.Api.Enqueue(Updates.Group("/help@berita_bot", second));
        await test.Api.WaitForAsync("sendMessage", r => r.Text!.Contains("Perintah", StringComparison.Ordinal));

        Assert.Equal(supergroup, reply.ChatId);
        Assert.Null(reply.Body["reply_parameters"]);
        Assert.All(test.Api.Calls("sendMessage"), r => Assert.Equal(supergroup, r.ChatId));
        Assert.Equal(Updates.GroupId, test.Api.Calls("sendMessage", includeScripted: true)[0].ChatId);
    }

    [Fact]
    public async Task GetUpdates_500AndDroppedConnection_RecoversAndAnswersEachUpdateOnce()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => Updates.NextMessageId()).ToList();

        // The updates wait on the server while the first three polls fail; the cut one stops mid-way through a reply.
        await using var test = await TestServer.StartAsync(beforeStart: api =>
        {
            api.FailNext("getUpdates", 500, "Internal Server Error");
            api.AbortNext("getUpdates");
            api.FailNextWithHtml("getUpdates", 502);
            foreach (var id in ids)
            {
                api.Enqueue(Updates.Private("gencatan?", id));
            }
        });

        foreach (var id in ids)
        {
            await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == id);
        }

        // One more round trip proves nothing further arrives for the same updates.
        await test.Bot.AskPrivatelyAsync("/help");
        var replies = test.Api.Calls("sendMessage").Select(r => r.ReplyToMessageId).ToList();
        Assert.All(ids, id => Assert.Single(replies, r => r == id));
        Assert.Equal(3, test.Api.Calls("getUpdates", includeScripted: true).Count(r => r.Scripted));
        AssertTokenNeverLogged(test);
    }

    [Fact]
    public async Task GetUpdates_Handled_IsConfirmedWithTheNextOffset()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        var updateId = test.Api.Enqueue(Updates.Private("gencatan?", messageId));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);
        var confirming = await test.Api.WaitForAsync("getUpdates", r => r.Body["offset"]?.GetValue<long>() == updateId + 1);

        Assert.Equal(["message", "callback_query", "inline_query"], confirming.Body["allowed_updates"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(1, confirming.Body["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task GetUpdates_Conflict409_LogsClearlyAndKeepsPolling()
    {
        await using var test = await TestServer.StartAsync();
        await test.Api.WaitForAsync("getUpdates");
        test.Api.FailNext("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

        await test.Bot.WaitForLogAsync(e => e.Level == LogLevel.Error && e.Message.Contains("409 Conflict", StringComparison.Ordinal));
        var reply = await test.Bot.AskPrivatelyAsync("gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
        Assert.False(test.Bot.Service.Faulted);
    }

    [Fact]
    public async Task GetUpdates_429_WaitsRetryAfterAndKeepsPolling()
    {
        await using var test = await TestServer.StartAsync();
        await test.Api.WaitForAsync("getUpdates");
        test.Api.FailNext("getUpdates", 429, "Too Many Requests: retry after 1", new { retry_after = 1 });

        await test.Bot.WaitForLogAsync(e => e.Message.Contains("flood control", StringComparison.Ordinal));
        var reply = await test.Bot.AskPrivatelyAsync("gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
    }

    [Fact]
    public async Task BadToken_401_StopsOnlyTheAdapterAndTheHostKeepsRunning()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        api.RejectToken = true;
        var other = new TickingService();
        await using var bot = await TelegramTestHost.StartAsync(api, services: s => s.AddHostedService(_ => other));

        await bot.WaitForLogAsync(e => e.Level == LogLevel.Critical && e.Message.Contains("refused the bot token", StringComparison.Ordinal));
        var ticks = other.Ticks;
        await other.WaitForTickAfterAsync(ticks);

        Assert.True(bot.Service.Faulted);
        Assert.True(bot.Service.ExecuteTask!.IsCompletedSuccessfully);
        var lifetime = (IHostApplicationLifetime)bot.Host.Services.GetService(typeof(IHostApplicationLifetime))!;
        Assert.False(lifetime.ApplicationStopping.IsCancellationRequested);
        Assert.Empty(api.Calls("getUpdates", includeScripted: true));
        AssertTokenNeverLogged(bot);
    }

    [Fact]
    public async Task BadToken_401FromGetUpdates_StopsTheAdapter()
    {
        await using var test = await TestServer.StartAsync();
        await test.Api.WaitForAsync("getUpdates");
        test.Api.FailNext("getUpdates", 401, "Unauthorized");

        await test.Bot.WaitForLogAsync(e => e.Level == LogLevel.Critical);
        await test.Bot.Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(test.Bot.Service.Faulted);
    }

    [Fact]
    public async Task NoToken_AdapterLogsOneLineAndIdles()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await TelegramTestHost.StartAsync(api, new Dictionary<string, string?> { ["Telegram:BotToken"] = "your-token-here" });

        await bot.Service.ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Single(bot.Logs.GetSnapshot(), e => e.Message.StartsWith("Telegram adapter idle", StringComparison.Ordinal));
        Assert.Empty(api.Requests);
        Assert.False(bot.Service.Faulted);
    }

    [Fact]
    public async Task Stop_AfterHandling_ConfirmsTheLastUpdate()
    {
        var api = await FakeBotApiServer.StartAsync();
        await using (api)
        {
            var bot = await TelegramTestHost.StartAsync(api);
            var messageId = Updates.NextMessageId();
            var updateId = api.Enqueue(Updates.Private("gencatan?", messageId));
            await api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

            await bot.DisposeAsync();

            Assert.Contains(api.Calls("getUpdates"), r => r.Body["offset"]?.GetValue<long>() == updateId + 1);
            Assert.Contains(bot.Logs.GetSnapshot(), e => e.Message == "Telegram adapter stopped polling");
        }
    }

    private static void AssertTokenNeverLogged(TestServer test) => AssertTokenNeverLogged(test.Bot);

    private static void AssertTokenNeverLogged(TelegramTestHost bot)
    {
        Assert.NotEmpty(bot.Logs.GetSnapshot());
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), e => e.FullText().Contains(FakeBotApiServer.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.GetSnapshot(), e => e.FullText().Contains("TEST-token", StringComparison.Ordinal));
    }
}
