using BeritaBot.Discord.Payloads;
using BeritaBot.Discord.Rest;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests;

/// <summary>The REST client with a global rate shared by several processes (the store's gate, here a fake).</summary>
public sealed class SharedRateTests : IAsyncLifetime, IDisposable
{
    private readonly RecordingTimeProvider _time = new();
    private readonly TestHttpClientFactory _http = new();
    private FakeDiscordServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeDiscordServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _http.Dispose();

    [Fact]
    public async Task Request_SharedGateRefuses_WaitsAndAsksAgainBeforeSending()
    {
        var gate = new FakeRequestRateGate { RefuseFirst = 2 };
        var client = Client(gate, requestsPerSecond: 40);

        await client.GetCommandsAsync("1000", null, CancellationToken.None);

        Assert.Equal(3, gate.Takes.Count);
        Assert.All(gate.Takes, t => Assert.Equal(new Core.Coordination.RequestRate(40, TimeSpan.FromSeconds(1)), t.Rate));
        Assert.All(gate.Takes, t => Assert.DoesNotContain(AdapterHarness.Token, t.Scope, StringComparison.Ordinal));
        Assert.Equal(2, _time.Delays.Count(d => d == TimeSpan.FromMilliseconds(20)));
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task InteractionReply_SharedGate_IsNotCountedAgainstTheGlobalLimit()
    {
        var gate = new FakeRequestRateGate();
        var client = Client(gate);

        await client.CreateInteractionResponseAsync("1", "tok", new InteractionResponse(InteractionCallbackType.Pong), CancellationToken.None);
        await client.EditOriginalResponseAsync("1000", "tok", new InteractionCallbackData { Content = "x" }, CancellationToken.None);

        Assert.Empty(gate.Takes);
        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public async Task RateLimited_Global_PublishesThePauseToEveryProcess()
    {
        var gate = new FakeRequestRateGate();
        var client = Client(gate);
        FirstAnswer(new FakeResponse(429, """{"message":"global","retry_after":0.25,"global":true}""", new Dictionary<string, string> { ["X-RateLimit-Global"] = "true" }));

        await client.GetCommandsAsync("1000", null, CancellationToken.None);

        var pause = Assert.Single(gate.Pauses);
        Assert.Equal(TimeSpan.FromSeconds(0.25), pause.RetryAfter);
        Assert.Equal(gate.Takes.First().Scope, pause.Scope);
    }

    [Fact]
    public async Task RateLimited_PerRoute_PublishesNoPause()
    {
        var gate = new FakeRequestRateGate();
        var client = Client(gate);
        FirstAnswer(new FakeResponse(429, """{"message":"slow down","retry_after":0.01,"global":false}""", new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user" }));

        await client.GetCommandsAsync("1000", null, CancellationToken.None);

        Assert.Empty(gate.Pauses);
        Assert.Equal(2, _server.Requests.Count);
    }

    /// <summary>The fake answers the first request with <paramref name="response"/>, the rest as usual.</summary>
    private void FirstAnswer(FakeResponse response)
    {
        var calls = 0;
        _server.Responder = _ => Interlocked.Increment(ref calls) == 1 ? response : null;
    }

    private DiscordRestClient Client(FakeRequestRateGate gate, int requestsPerSecond = 50) => new(
        _http,
        Options.Create(new DiscordOptions { BotToken = AdapterHarness.Token, ApiBaseUrl = _server.ApiBaseUrl, GlobalRequestsPerSecond = requestsPerSecond }),
        new DiscordRateLimiter(_time),
        _time,
        NullLogger<DiscordRestClient>.Instance,
        gate);
}
