using BeritaBot.Discord.Gateway;
using BeritaBot.Discord.Tests.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BeritaBot.Discord.Tests;

/// <summary>Which shards a process runs, how they are configured and validated, and which Identify bucket each is in.</summary>
public sealed class ShardingTests
{
    [Theory]
    [InlineData("0", new[] { 0 })]
    [InlineData("0-3", new[] { 0, 1, 2, 3 })]
    [InlineData("0,2", new[] { 0, 2 })]
    [InlineData(" 1 - 2 , 5 ", new[] { 1, 2, 5 })]
    [InlineData("4-7,9", new[] { 4, 5, 6, 7, 9 })]
    public void ParseIds_IdsAndRanges_GivesEveryIdInOrder(string text, int[] expected) =>
        Assert.Equal(expected, ShardSet.ParseIds(text));

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData("3-1")]
    [InlineData("2,1")]
    [InlineData("0,0")]
    [InlineData("0-2,2")]
    [InlineData("0,,1")]
    [InlineData("-1")]
    [InlineData("1-2-3")]
    [InlineData("+1")]
    public void ParseIds_NotAnAscendingList_IsNull(string text) =>
        Assert.Null(ShardSet.ParseIds(text));

    [Theory]
    [InlineData(0, 1, 0)]
    [InlineData(5, 1, 0)]
    [InlineData(0, 16, 0)]
    [InlineData(15, 16, 15)]
    [InlineData(16, 16, 0)]
    [InlineData(33, 16, 1)]
    [InlineData(7, 0, 0)]
    public void IdentifyBucket_ShardAndMaxConcurrency_IsShardModuloConcurrency(int shardId, int maxConcurrency, int expected) =>
        Assert.Equal(expected, ShardSet.IdentifyBucket(shardId, maxConcurrency));

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("4", null, null, "0,1,2,3 of 4")]
    [InlineData("4", "2", null, "2 of 4")]
    [InlineData("8", null, "0-3", "0,1,2,3 of 8")]
    [InlineData("8", null, "1,6", "1,6 of 8")]
    public void FromOptions_Settings_GivesTheProcessShards(string? count, string? id, string? ids, string? expected)
    {
        var options = Validated(count, id, ids);

        Assert.Equal(expected, ShardSet.FromOptions(options)?.ToString());
    }

    [Theory]
    [InlineData(null, "1", null, "need Discord:ShardCount")]
    [InlineData(null, null, "0-1", "need Discord:ShardCount")]
    [InlineData("2", "0", "0-1", "not both")]
    [InlineData("2", "2", null, "ShardId must be less")]
    [InlineData("4", null, "2-4", "ShardIds must all be less")]
    [InlineData("4", null, "3,1", "ascending shard ids")]
    [InlineData("0", null, null, "ShardCount")]
    public void Validate_BadShardSettings_FailsWithTheRule(string? count, string? id, string? ids, string expected)
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Validated(count, id, ids));

        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_RangeOfShards_OpensOneIdentifiedConnectionPerShard()
    {
        await using var harness = await AdapterHarness.StartAsync(s => { s["Discord:ShardCount"] = "3"; s["Discord:ShardIds"] = "0,2"; });

        var shards = await IdentifiedShardsAsync(harness, 2);

        Assert.Equal([[0, 3], [2, 3]], shards);
        Assert.Equal(2, harness.Services.GetRequiredService<DiscordShardRunner>().Clients.Count);
        Assert.False(harness.Server.HasPendingConnection);
    }

    [Fact]
    public async Task Run_NoShardCount_RunsEveryShardDiscordRecommends()
    {
        await using var harness = await StartAskingGatewayBotAsync(server => server.GatewayBot(shards: 2, remaining: 999, resetAfterMs: 1000, maxConcurrency: 2));

        var shards = await IdentifiedShardsAsync(harness, 2);

        Assert.Equal([[0, 2], [1, 2]], shards);
    }

    [Fact]
    public async Task Run_NoSessionStartsLeft_ClosesWithoutIdentifyingUntilTheLimitResets()
    {
        await using var harness = await StartAskingGatewayBotAsync(server => server.GatewayBot(shards: 1, remaining: 0, resetAfterMs: 3_600_000, maxConcurrency: 1));

        var connection = await harness.Server.NextConnectionAsync();
        await connection.SendHelloAsync(45_000);
        var closed = await connection.ClientClose.WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(1000, closed);
        await Assert.ThrowsAsync<System.Threading.Channels.ChannelClosedException>(() => connection.ReceiveAsync());
        Assert.Contains(harness.Logs.GetSnapshot(), r => r.Message.StartsWith("No session starts left for shard 0", StringComparison.Ordinal));
        Assert.False(harness.Server.HasPendingConnection);
    }

    /// <summary>The adapter without a configured gateway URL: it asks <c>GET /gateway/bot</c>, answered by <paramref name="gatewayBot"/>.</summary>
    private static async Task<AdapterHarness> StartAskingGatewayBotAsync(Func<FakeDiscordServer, FakeResponse> gatewayBot)
    {
        var harness = await AdapterHarness.StartAsync(s => s.Remove("Discord:GatewayUrl"), run: false);
        harness.Server.Responder = r => r.Path.EndsWith("/gateway/bot", StringComparison.Ordinal) ? gatewayBot(harness.Server) : null;
        harness.RunShards();
        return harness;
    }

    /// <summary>Accepts <paramref name="count"/> connections; the <c>shard</c> each identified as, in shard order.</summary>
    private static async Task<IEnumerable<int[]>> IdentifiedShardsAsync(AdapterHarness harness, int count)
    {
        var shards = new List<int[]>();
        for (var i = 0; i < count; i++)
        {
            var connection = await harness.Server.NextConnectionAsync();
            var identify = await connection.HandshakeAsync(harness.Server, sessionId: "session-" + i);
            shards.Add(identify.GetProperty("d").GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()).ToArray());
        }

        return shards.OrderBy(s => s[0]);
    }

    private static DiscordOptions Validated(string? count, string? id, string? ids)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:ShardCount"] = count,
            ["Discord:ShardId"] = id,
            ["Discord:ShardIds"] = ids,
        };
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDiscordAdapter(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
    }
}
