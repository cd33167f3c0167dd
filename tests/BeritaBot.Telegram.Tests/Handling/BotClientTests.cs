using BeritaBot.Telegram.Client;
using BeritaBot.Telegram.Sending;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace BeritaBot.Telegram.Tests.Handling;

/// <summary>The <see cref="ITelegramBotClient"/> that AddTelegramAdapter registers, against the fake Bot API.</summary>
public sealed class BotClientTests
{
    [Fact]
    public async Task SendMessage_ApiError_ThrowsApiRequestExceptionWithParametersAndMethod()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.FailNext("sendMessage", 429, "Too Many Requests: retry after 7", new { retry_after = 7 });
        await using var services = Services(server.BaseUrl);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => services.GetRequiredService<ITelegramBotClient>().SendMessage(1, "x"));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
        Assert.Equal("sendMessage: Too Many Requests: retry after 7", error.Message);
    }

    [Fact]
    public async Task SendMessage_ErrorDescriptionQuotesTheToken_IsRedacted()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.FailNext("sendMessage", 502, $"Bad Gateway: upstream /bot{FakeBotApiServer.Token}/sendMessage failed");
        await using var services = Services(server.BaseUrl);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => services.GetRequiredService<ITelegramBotClient>().SendMessage(1, "x"));

        Assert.Equal("sendMessage: Bad Gateway: upstream /bot<token>/sendMessage failed", error.Message);
        Assert.True(ApiFaults.IsTransient(error));
    }

    [Fact]
    public async Task GetMe_UnreachableServer_ThrowsRequestExceptionWithoutTheToken()
    {
        // A port nothing listens on: connection refused.
        int port;
        await using (var server = await FakeBotApiServer.StartAsync())
        {
            port = new Uri(server.BaseUrl).Port;
        }

        await using var services = Services($"http://127.0.0.1:{port}");

        var error = await Assert.ThrowsAsync<RequestException>(() => services.GetRequiredService<ITelegramBotClient>().GetMe());

        Assert.Null(error.HttpStatusCode);
        Assert.Null(error.InnerException);
        Assert.StartsWith("getMe: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST-token", error.ToString(), StringComparison.Ordinal);
        Assert.True(ApiFaults.IsTransient(error));
    }

    [Fact]
    public async Task SendMessage_ServerNeverAnswers_FailsAfterTheRequestTimeoutAsTransient()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.StallNext("sendMessage");
        await using var services = Services(server.BaseUrl, requestTimeout: "00:00:01");

        var error = await Assert.ThrowsAsync<RequestException>(() => services.GetRequiredService<ITelegramBotClient>().SendMessage(1, "x"));

        Assert.Null(error.HttpStatusCode);
        Assert.Contains("TimeoutException: sendMessage: no reply within 00:00:01", error.Message, StringComparison.Ordinal);
        Assert.True(ApiFaults.IsTransient(error));
    }

    [Fact]
    public async Task SendMessage_ReplyWithMillisecondDates_IsAnUnreadableSuccess()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.SucceedNextWithMillisecondDates("sendMessage");
        await using var services = Services(server.BaseUrl);

        var error = await Assert.ThrowsAsync<RequestException>(() => services.GetRequiredService<ITelegramBotClient>().SendMessage(1, "x"));

        Assert.True(ApiFaults.IsUnreadableSuccess(error));
        Assert.False(ApiFaults.IsTransient(error));
    }

    [Theory]
    [InlineData("GET https://api.telegram.org/bot123:SECRET/getMe failed", "GET https://api.telegram.org/bot<token>/getMe failed")]
    [InlineData("encoded 123%3ASECRET here", "encoded <token> here")]
    [InlineData("nothing", "nothing")]
    public void Redact_Table(string text, string expected)
    {
        Assert.Equal(expected, TokenRedactor.Redact(text, "123:SECRET"));
    }

    private static ServiceProvider Services(string baseUrl, string requestTimeout = "00:00:05")
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Telegram:BotToken"] = FakeBotApiServer.Token,
                ["Telegram:ApiBaseUrl"] = baseUrl,
                ["Telegram:RequestTimeout"] = requestTimeout,
            })
            .Build();
        return new ServiceCollection().AddTelegramAdapter(configuration).BuildServiceProvider();
    }
}
