using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Tests.Hosting;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("Telegram:WebhookUrl", null, "WebhookUrl")]
    [InlineData("Telegram:WebhookSecret", null, "WebhookSecret")]
    [InlineData("Telegram:WebhookSecret", "has spaces", "WebhookSecret")]
    [InlineData("Telegram:ApiBaseUrl", "not a url", "ApiBaseUrl")]
    [InlineData("Telegram:ApiBaseUrl", "http://127.0.0.1:8081/prefix", "ApiBaseUrl")]
    [InlineData("Telegram:PollTimeout", "-00:00:01", "PollTimeout")]
    [InlineData("Telegram:PollTimeout", "30", "PollTimeout")]
    [InlineData("Telegram:BackoffMaxDelay", "00:00:00.001", "BackoffMaxDelay")]
    public async Task StartAsync_InvalidSettings_FailsWithTheSettingNamed(string key, string? value, string expected)
    {
        await using var api = await FakeBotApiServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/hook",
            ["Telegram:WebhookSecret"] = "secret",
            ["Telegram:WebhookListenUrl"] = "http://127.0.0.1:0",
            [key] = value,
        };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TelegramTestHost.StartAsync(api, settings));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("", "", false)]
    [InlineData("your-token-here", null, false)]
    [InlineData("changeme", null, false)]
    [InlineData("<token>", null, false)]
    [InlineData("123456:changeme", null, false)]
    [InlineData("123456:<your-token>", null, false)]
    [InlineData("123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", null, true)]
    [InlineData(null, "123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw", true)]
    [InlineData("", "your-token-here", false)]
    public void IsTokenConfigured_Table(string? botToken, string? alias, bool expected)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Telegram:BotToken"] = botToken, ["TELEGRAM_BOT_TOKEN"] = alias })
            .Build();

        Assert.Equal(expected, TelegramServiceCollectionExtensions.IsTokenConfigured(configuration));
    }

    [Fact]
    public async Task TokenAlias_WhenBotTokenEmpty_IsUsed()
    {
        await using var api = await FakeBotApiServer.StartAsync();
        await using var bot = await TelegramTestHost.StartAsync(api, new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = string.Empty,
            ["TELEGRAM_BOT_TOKEN"] = FakeBotApiServer.Token,
        });

        var reply = await bot.AskPrivatelyAsync("gencatan?");

        Assert.StartsWith("<b>Gencatan", reply.Text);
    }
}
