using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Tests.Fakes;

namespace BeritaBot.Discord.Tests;

/// <summary>The gateway client against a fake gateway speaking Discord's JSON over a real WebSocket.</summary>
public sealed class GatewayTests
{
    private const string CommandInteraction = """{"id":"900","application_id":"1000","type":2,"token":"tok-900","guild_id":"1","channel_id":"2","member":{"user":{"id":"7","username":"u"},"permissions":"0"},"data":{"id":"1","name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":"Apa itu koridor?"}]}}""";
    private const string OtherInteraction = """{"id":"901","application_id":"1000","type":2,"token":"tok-901","guild_id":"1","channel_id":"2","member":{"user":{"id":"7","username":"u"},"permissions":"0"},"data":{"id":"1","name":"tentang","type":1}}""";

    [Fact]
    public async Task Identify_OnHello_SendsTokenIntentsPropertiesAndShard()
    {
        await using var harness = await AdapterHarness.StartAsync(s => { s["Discord:ShardId"] = "1"; s["Discord:ShardCount"] = "3"; });
        var connection = await harness.Server.NextConnectionAsync();

        var identify = await connection.HandshakeAsync(harness.Server);

        Assert.StartsWith("/gateway", connection.Path, StringComparison.Ordinal);
        Assert.Contains("v=10", connection.Path, StringComparison.Ordinal);
        Assert.Contains("encoding=json", connection.Path, StringComparison.Ordinal);
        var d = identify.GetProperty("d");
        Assert.Equal(AdapterHarness.Token, d.GetProperty("token").GetString());
        Assert.Equal(0, d.GetProperty("intents").GetInt32());
        Assert.Equal("beritabot", d.GetProperty("properties").GetProperty("browser").GetString());
        Assert.True(d.GetProperty("properties").TryGetProperty("os", out _));
        Assert.Equal([1, 3], d.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
    }

    [Fact]
    public async Task Heartbeat_WithAcks_SendsLastSequenceAndKeepsConnection()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.HandshakeAsync(harness.Server, heartbeatIntervalMs: 200);
        await connection.DispatchAsync("GUILD_CREATE", 5, "{}");

        // Heartbeats keep coming while they are acknowledged; once the dispatch is seen they carry its sequence.
        var sawSequence = false;
        for (var i = 0; i < 20 && !sawSequence; i++)
        {
            var heartbeat = await connection.ReceiveHeartbeatAsync();
            sawSequence = heartbeat.GetProperty("d").ValueKind == System.Text.Json.JsonValueKind.Number
                && heartbeat.GetProperty("d").GetInt64() == 5;
        }

        Assert.True(sawSequence, "no heartbeat carried the last sequence number 5");
        Assert.False(connection.ClientClose.IsCompleted, "the client closed an acknowledged connection");
        Assert.False(harness.Server.HasPendingConnection);
    }

    [Fact]
    public async Task Heartbeat_ServerRequestsOne_SendsImmediately()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        // Ten minutes: the client's own first heartbeat is very unlikely to come during the test.
        await connection.HandshakeAsync(harness.Server, heartbeatIntervalMs: 600_000);

        await connection.SendAsync("""{"op":1,"d":null}""");

        var heartbeat = await connection.ReceiveHeartbeatAsync();
        Assert.Equal(1, heartbeat.GetProperty("op").GetInt32());
        Assert.Equal(1, heartbeat.GetProperty("d").GetInt64());
    }

    [Fact]
    public async Task Heartbeat_NoAck_ClosesWithNon1000AndResumes()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server, heartbeatIntervalMs: 250, sessionId: "zombie-session");
        await first.DispatchAsync("GUILD_CREATE", 7, "{}");
        first.AutoAck = false;

        var closeCode = await first.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(45_000);
        var resume = await second.ReceiveAsync();

        Assert.NotNull(closeCode);
        Assert.NotEqual(1000, closeCode);
        Assert.NotEqual(1001, closeCode);
        Assert.StartsWith("/resume", second.Path, StringComparison.Ordinal);
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal("zombie-session", resume.GetProperty("d").GetProperty("session_id").GetString());
        Assert.Equal(7, resume.GetProperty("d").GetProperty("seq").GetInt64());
        Assert.Equal(AdapterHarness.Token, resume.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task Reconnect_Op7_ResumesAtResumeUrl()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server, sessionId: "s7");

        await first.SendAsync("""{"op":7,"d":null}""");

        var closeCode = await first.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(45_000);
        var resume = await second.ReceiveAsync();
        Assert.NotEqual(1000, closeCode);
        Assert.StartsWith("/resume", second.Path, StringComparison.Ordinal);
        Assert.Equal(6, resume.GetProperty("op").GetInt32());
        Assert.Equal("s7", resume.GetProperty("d").GetProperty("session_id").GetString());
    }

    [Theory]
    [InlineData("true", 6, "/resume")]
    [InlineData("false", 2, "/gateway")]
    public async Task InvalidSession_Op9_ResumesOrIdentifiesAfresh(string resumable, int expectedOp, string expectedPath)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server, sessionId: "s9");

        await first.SendAsync($$"""{"op":9,"d":{{resumable}}}""");

        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(45_000);
        var next = await second.ReceiveAsync();
        Assert.Equal(expectedOp, next.GetProperty("op").GetInt32());
        Assert.StartsWith(expectedPath, second.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4000, 6, "/resume")]
    [InlineData(4008, 6, "/resume")]
    [InlineData(4007, 2, "/gateway")]
    [InlineData(4009, 2, "/gateway")]
    public async Task Close_ByServer_ResumesOrReidentifiesByCode(int code, int expectedOp, string expectedPath)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server, sessionId: "sc");

        await first.CloseAsync(code);

        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(45_000);
        var next = await second.ReceiveAsync();
        Assert.Equal(expectedOp, next.GetProperty("op").GetInt32());
        Assert.StartsWith(expectedPath, second.Path, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4004)]
    [InlineData(4010)]
    [InlineData(4011)]
    [InlineData(4012)]
    [InlineData(4013)]
    [InlineData(4014)]
    public async Task Close_Fatal_StopsWithoutReconnecting(int code)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server);

        await first.CloseAsync(code);

        Assert.Equal(GatewayCloseAction.Fatal, await harness.WaitForEndAsync());
        Assert.False(harness.Server.HasPendingConnection);
    }

    [Fact]
    public async Task Resume_ReplayedInteraction_IsAnsweredOnceAndNoneIsLost()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var first = await harness.Server.NextConnectionAsync();
        await first.HandshakeAsync(harness.Server, sessionId: "replay");
        await first.DispatchAsync("INTERACTION_CREATE", 2, CommandInteraction);
        await harness.Server.WaitForCallbackAsync("900");

        await first.CloseAsync(4000);
        var second = await harness.Server.NextConnectionAsync();
        await second.SendHelloAsync(45_000);
        var resume = await second.ReceiveAsync();
        Assert.Equal(2, resume.GetProperty("d").GetProperty("seq").GetInt64());
        // Discord replays what it thinks was missed: the already answered 900, and 901 that is new.
        await second.DispatchAsync("INTERACTION_CREATE", 2, CommandInteraction);
        await second.DispatchAsync("INTERACTION_CREATE", 3, OtherInteraction);
        await second.DispatchAsync("RESUMED", 4, "{}");
        await harness.Server.WaitForCallbackAsync("901");
        // A heartbeat round trip on the new connection: anything the client did with the replay is done by then.
        await second.SendAsync("""{"op":1,"d":null}""");
        await second.ReceiveHeartbeatAsync();
        await Task.Delay(100);

        Assert.Single(harness.Server.Requests, r => r.Path.StartsWith("/api/v10/interactions/900/", StringComparison.Ordinal));
        Assert.Single(harness.Server.Requests, r => r.Path.StartsWith("/api/v10/interactions/901/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Shutdown_ClosesWith1000()
    {
        var harness = await AdapterHarness.StartAsync();
        var connection = await harness.Server.NextConnectionAsync();
        await connection.HandshakeAsync(harness.Server);

        var dispose = harness.DisposeAsync().AsTask();
        var code = await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));
        await dispose;

        Assert.Equal(1000, code);
    }
}
