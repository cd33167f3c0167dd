using System.Net;
using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rest;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests;

/// <summary>The REST client against the fake server: headers, rate limits, retries, errors.</summary>
public sealed class RestClientTests : IAsyncLifetime, IDisposable
{
    private static readonly InteractionResponse Pong = new(InteractionCallbackType.Pong);
    private readonly RecordingTimeProvider time = new();
    private readonly TestHttpClientFactory http = new();
    private FakeDiscordServer server = null!;
    private DiscordRestClient client = null!;

    public async Task InitializeAsync()
    {
        server = await FakeDiscordServer.StartAsync();
        var options = Options.Create(new DiscordOptions
        {
            BotToken = AdapterHarness.Token,
            ApiBaseUrl = server.ApiBaseUrl,
            RestRetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RestMaxRetries = 2,
        });
        client = new DiscordRestClient(http, options, new DiscordRateLimiter(time), time, NullLogger<DiscordRestClient>.Instance);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    public void Dispose() => http.Dispose();

    [Fact]
    public async Task Request_Any_SendsBotAuthorizationAndUserAgentUnderApiBase()
    {
        var info = await client.GetGatewayBotAsync(CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/api/v10/gateway/bot", request.Path);
        Assert.Equal("Bot " + AdapterHarness.Token, request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/beritabot/beritabot, 1.0)", request.UserAgent);
        Assert.Equal(server.GatewayUrl.ToString(), info.Url);
        Assert.Equal(999, info.SessionStartLimit.Remaining);
        Assert.Equal(1, info.SessionStartLimit.MaxConcurrency);
    }

    [Fact]
    public async Task RateLimited_PerRoute_WaitsRetryAfterAndRetries()
    {
        var calls = 0;
        server.Responder = r => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "b1", ["X-RateLimit-Scope"] = "user" })
            : null;

        await client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task RateLimited_Global_PausesOtherRoutesToo()
    {
        var calls = 0;
        server.Responder = r => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(429, """{"message":"global","retry_after":0.5,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" })
            : null;

        var first = client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);
        // The first call has read the 429 once it starts waiting.
        await WaitUntilAsync(() => !time.Delays.IsEmpty);
        time.Delays.Clear();
        var other = client.GetCommandsAsync("1000", null, CancellationToken.None);
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));

        // The call on another route waited for the global limit before it was sent.
        Assert.Contains(time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(500));
        Assert.Equal(3, server.Requests.Count);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 10 s");
            await Task.Delay(5);
        }
    }

    [Fact]
    public async Task RateLimit_RemainingZero_NextRequestOnBucketWaitsResetAfter()
    {
        server.Responder = _ => new FakeResponse(
            200,
            "[]",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "cmd", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.0", ["X-RateLimit-Limit"] = "5" });
        await client.GetCommandsAsync("1000", null, CancellationToken.None);
        Assert.Empty(time.Delays);

        await client.GetCommandsAsync("1000", null, CancellationToken.None);

        Assert.Contains(time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1));
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ServerError_Transient_RetriesWithBackoff()
    {
        var calls = 0;
        server.Responder = _ => Interlocked.Increment(ref calls) <= 2 ? new FakeResponse(502, "bad gateway") : null;

        await client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);

        Assert.Equal(3, server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)], time.Delays.ToArray());
    }

    [Fact]
    public async Task ServerError_Persistent_ThrowsAfterRetriesWithoutToken()
    {
        server.Responder = _ => new FakeResponse(503, """{"message":"unavailable","code":0}""");

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => client.CreateInteractionResponseAsync("1", "secret-interaction-token", Pong, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(3, server.Requests.Count);
        Assert.DoesNotContain(AdapterHarness.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-interaction-token", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientError_ReturnsDiscordCodeAndMessage()
    {
        server.Responder = _ => new FakeResponse(401, """{"message":"401: Unauthorized","code":0}""");

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("401: Unauthorized", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AdapterHarness.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task EditOriginal_UsesWebhookRoute()
    {
        await client.EditOriginalResponseAsync("1000", "tok", new InteractionCallbackData { Content = "x" }, CancellationToken.None);

        var request = Assert.Single(server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/api/v10/webhooks/1000/tok/messages/@original", request.Path);
        Assert.Equal("x", request.Json.GetProperty("content").GetString());
    }
}
