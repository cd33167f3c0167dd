using BeritaBot.Telegram.Api;
using BeritaBot.Telegram.Api.Requests;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Options;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class ApiClientTests
{
    [Fact]
    public async Task Call_ApiError_ThrowsApiRequestExceptionWithParameters()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.FailNext("sendMessage", 429, "Too Many Requests: retry after 7", new { retry_after = 7 });
        using var http = new HttpClient();
        var client = new TelegramBotApiClient(http, Options.Create(new TelegramOptions { BotToken = FakeBotApiServer.Token, ApiBaseUrl = server.BaseUrl }));

        var error = await Assert.ThrowsAsync<ApiRequestException>(() =>
            client.SendMessageAsync(new SendMessageRequest { ChatId = 1, Text = "x" }));

        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(7, error.Parameters?.RetryAfter);
    }

    [Fact]
    public async Task Call_UnreachableServer_ThrowsRequestExceptionWithoutTheToken()
    {
        // A port nothing listens on: connection refused.
        int port;
        await using (var server = await FakeBotApiServer.StartAsync())
        {
            port = new Uri(server.BaseUrl).Port;
        }

        using var http = new HttpClient();
        var client = new TelegramBotApiClient(http, Options.Create(new TelegramOptions { BotToken = FakeBotApiServer.Token, ApiBaseUrl = $"http://127.0.0.1:{port}" }));

        var error = await Assert.ThrowsAsync<RequestException>(() => client.GetMeAsync());

        Assert.Null(error.HttpStatusCode);
        Assert.Null(error.InnerException);
        Assert.DoesNotContain("TEST-token", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET https://api.telegram.org/bot123:SECRET/getMe failed", "GET https://api.telegram.org/bot<token>/getMe failed")]
    [InlineData("encoded 123%3ASECRET here", "encoded <token> here")]
    [InlineData("nothing", "nothing")]
    public void Redact_Table(string text, string expected)
    {
        Assert.Equal(expected, TokenRedactor.Redact(text, "123:SECRET"));
    }
}
