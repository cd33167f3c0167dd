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
    private readonly RecordingTimeProvider _time = new();
    private readonly TestHttpClientFactory _http = new();
    private FakeDiscordServer _server = null!;
    private DiscordRestClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeDiscordServer.StartAsync();
        var options = Options.Create(new DiscordOptions
        {
            BotToken = AdapterHarness.Token,
            ApiBaseUrl = _server.ApiBaseUrl,
            RestRetryBaseDelay = TimeSpan.FromMilliseconds(10),
            RestMaxRetries = 2,
        });
        _client = new DiscordRestClient(_http, options, new DiscordRateLimiter(_time), _time, NullLogger<DiscordRestClient>.Instance);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Request_Any_SendsBotAuthorizationAndUserAgentUnderApiBase()
    {
        var info = await _client.GetGatewayBotAsync(CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("/api/v10/gateway/bot", request.Path);
        Assert.Equal("Bot " + AdapterHarness.Token, request.Authorization);
        Assert.Equal("DiscordBot (https://github.com/beritabot/beritabot, 1.0)", request.UserAgent);
        Assert.Equal(_server.GatewayUrl.ToString(), info.Url);
        Assert.Equal(999, info.SessionStartLimit.Remaining);
        Assert.Equal(1, info.SessionStartLimit.MaxConcurrency);
    }

    [Fact]
    public async Task RateLimited_PerRoute_WaitsRetryAfterAndRetries()
    {
        var calls = 0;
        _server.Responder = r => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(429, """{"message":"You are being rate limited.","retry_after":0.05,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "b1", ["X-RateLimit-Scope"] = "user" })
            : null;

        await _client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);

        Assert.Equal(2, _server.Requests.Count);
        Assert.Contains(_time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task RateLimited_Global_PausesOtherRoutesToo()
    {
        var calls = 0;
        _server.Responder = r => Interlocked.Increment(ref calls) == 1
            ? new FakeResponse(429, """{"message":"global","retry_after":0.5,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" })
            : null;

        var first = _client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);
        // The first call has read the 429 once it starts waiting.
        await WaitUntilAsync(() => !_time.Delays.IsEmpty);
        _time.Delays.Clear();
        var other = _client.GetCommandsAsync("1000", null, CancellationToken.None);
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(10));

        // The call on another route waited for the global limit before it was sent.
        Assert.Contains(_time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromMilliseconds(500));
        Assert.Equal(3, _server.Requests.Count);
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
        _server.Responder = _ => new FakeResponse(
            200,
            "[]",
            new Dictionary<string, string> { ["X-RateLimit-Bucket"] = "cmd", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "1.0", ["X-RateLimit-Limit"] = "5" });
        await _client.GetCommandsAsync("1000", null, CancellationToken.None);
        Assert.Empty(_time.Delays);

        await _client.GetCommandsAsync("1000", null, CancellationToken.None);

        Assert.Contains(_time.Delays, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(1));
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task ServerError_Transient_RetriesWithBackoff()
    {
        var calls = 0;
        _server.Responder = _ => Interlocked.Increment(ref calls) <= 2 ? new FakeResponse(502, "bad gateway") : null;

        await _client.CreateInteractionResponseAsync("1", "tok", Pong, CancellationToken.None);

        Assert.Equal(3, _server.Requests.Count);
        Assert.Equal([TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20)], _time.Delays.ToArray());
    }

    [Fact]
    public async Task ServerError_Persistent_ThrowsAfterRetriesWithoutToken()
    {
        _server.Responder = _ => new FakeResponse(503, """{"message":"unavailable","code":0}""");

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => _client.CreateInteractionResponseAsync("1", "secret-interaction-token", Pong, CancellationToken.None));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ex.StatusCode);
        Assert.Equal(3, _server.Requests.Count);
        Assert.DoesNotContain(AdapterHarness.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("secret-interaction-token", ex.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClientError_ReturnsDiscordCodeAndMessage()
    {
        _server.Responder = _ => new FakeResponse(401, """{"message":"401: Unauthorized","code":0}""");

        var ex = await Assert.ThrowsAsync<DiscordRestException>(() => _client.GetGatewayBotAsync(CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, ex.StatusCode);
        Assert.Contains("401: Unauthorized", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(AdapterHarness.Token, ex.ToString(), StringComparison.Ordinal);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task EditOriginal_UsesWebhookRoute()
    {
        await _client.EditOriginalResponseAsync("1000", "tok", new InteractionCallbackData { Content = "x" }, CancellationToken.None);

        var request = Assert.Single(_server.Requests);
        Assert.Equal("PATCH", request.Method);
        Assert.Equal("/api/v10/webhooks/1000/tok/messages/@original", request.Path);
        Assert.Equal("x", request.Json.GetProperty("content").GetString());
    }
}
