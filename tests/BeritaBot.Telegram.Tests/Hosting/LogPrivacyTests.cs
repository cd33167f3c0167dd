using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Hosting;

/// <summary>The README promises that only a salted hash of a reader's id is kept: logs hold no Telegram user id.</summary>
public sealed class LogPrivacyTests
{
    // Distinctive, so finding one in a log line cannot be a coincidence of small numbers.
    private const long Reader = 918273645;
    private const long Flooder = 918273646;
    private const long Admin = 564738291;

    [Fact]
    public async Task Conversation_ThroughEveryLoggedPath_LogsNoUserId()
    {
        await using var test = await TestServer.StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:AdminUserIds:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Telegram:FloodMaxMessages"] = "6",
        });

        // Flood control on the reply to a private chat, whose id is the reader's.
        test.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 0", new { retry_after = 0 });
        var answer = await test.Bot.AskPrivatelyAsync("gencatan?", Reader);

        // A vote whose acknowledgement fails, then admin commands refused and carried out.
        test.Api.FailNext("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        test.Api.Enqueue(Updates.Callback(answer.Buttons.First(b => b.Text.StartsWith("👍", StringComparison.Ordinal)).Data, chatId: Reader, userId: Reader));
        await test.Api.WaitForAsync("answerCallbackQuery", includeScripted: true);
        await test.Bot.AskPrivatelyAsync("/reload", Reader);
        await test.Bot.AskPrivatelyAsync("/reload", Admin);
        var report = await test.Bot.AskPrivatelyAsync("/laporan", Admin);
        var addPhrasing = report.Buttons.First().Data;
        test.Api.Enqueue(Updates.Callback(addPhrasing, chatId: Reader, userId: Reader));
        await test.Api.WaitForAsync("answerCallbackQuery", r => r.Body["text"]?.GetValue<string>() == "Maaf, perintah ini hanya untuk admin.");
        test.Api.Enqueue(Updates.Callback(addPhrasing, chatId: Admin, userId: Admin, messageId: 990));
        await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 990);

        // A reply that Telegram refuses, and a reader over the flood limit.
        test.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
        test.Api.Enqueue(Updates.Private("perdamaian?", Updates.NextMessageId(), Reader));
        await test.Bot.WaitForLogAsync(e => e.Message.StartsWith("Failed to handle update", StringComparison.Ordinal));
        for (var i = 0; i < 7; i++)
        {
            await test.Bot.AskPrivatelyAsync("gencatan " + i, Flooder);
        }

        var logs = test.Bot.Logs.GetSnapshot();
        string[] expected =
        [
            "Telegram flood control in a private chat",
            "Could not acknowledge a button press",
            "Refused admin command reload",
            "telegram admin #1 reloaded the knowledge",
            "Refused adding a phrasing",
            "telegram admin #1 added a phrasing",
            "Failed to handle update",
            "A reader in a private chat is over the message limit",
        ];
        Assert.All(expected, line => Assert.Contains(logs, e => e.Message.Contains(line, StringComparison.Ordinal)));
        Assert.All(logs, e => Assert.DoesNotMatch("918273645|918273646|564738291", e.FullText()));
        Assert.Contains(logs, e => e.Level == LogLevel.Error);
    }
}
