using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>
/// Discord's side of sharding on the fake server, for bots in other processes: sends Hello once
/// <paramref name="holdHelloFor"/> connections are open (so that unspaced Identifies would arrive together), checks
/// each Identify's <c>shard</c> as Discord does (closes with 4010 Invalid shard when the count is not the bot's or
/// the id is outside it or already connected), answers READY, and sends each interaction to the shard that serves its
/// guild, <c>(guild_id &gt;&gt; 22) % num_shards</c>, DMs to shard 0.
/// </summary>
public sealed class FakeShardedGateway : IAsyncDisposable
{
    public const int InvalidShard = 4010;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly FakeDiscordServer _server;
    private readonly int _shardCount;
    private readonly int _holdHelloFor;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<int, Shard> _shards = new();
    private readonly ConcurrentQueue<IdentifyRecord> _identifies = new();
    private readonly TaskCompletionSource _helloReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _accepting;
    private int _opened;

    public FakeShardedGateway(FakeDiscordServer server, int shardCount, int holdHelloFor = 1)
    {
        _server = server;
        _shardCount = shardCount;
        _holdHelloFor = holdHelloFor;
        _accepting = Task.Run(AcceptAsync);
    }

    /// <summary>Every Identify received, with the shard it asked for and when it arrived (a monotonic clock).</summary>
    public IReadOnlyList<IdentifyRecord> Identifies => [.. _identifies];

    /// <summary>The shard that serves a guild, by Discord's formula.</summary>
    public static int ShardOf(ulong guildId, int shardCount) => (int)((guildId >> 22) % (ulong)shardCount);

    /// <summary>Waits until every shard of the bot is connected and READY.</summary>
    public async Task WaitForAllShardsAsync()
    {
        var clock = Stopwatch.StartNew();
        while (Enumerable.Range(0, _shardCount).Any(id => !_shards.ContainsKey(id)))
        {
            if (clock.Elapsed > Timeout)
            {
                throw new TimeoutException($"Shards connected within {Timeout.TotalSeconds} s: {string.Join(", ", _shards.Keys)}; identifies: {string.Join(", ", Identifies)}");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Sends INTERACTION_CREATE to the shard of <paramref name="guildId"/> (null: a DM, shard 0); returns that shard.</summary>
    public async Task<int> DispatchInteractionAsync(ulong? guildId, string interactionJson)
    {
        var shardId = guildId is { } guild ? ShardOf(guild, _shardCount) : 0;
        var shard = _shards[shardId];
        await shard.Connection.DispatchAsync("INTERACTION_CREATE", Interlocked.Increment(ref shard.Sequence), interactionJson);
        return shardId;
    }

    /// <summary>An application command in a guild, shaped like Discord's.</summary>
    public static string Command(string interactionId, ulong guildId, string name, string question) =>
        $$$"""{"id":"{{{interactionId}}}","application_id":"1000","type":2,"token":"tok-{{{interactionId}}}","guild_id":"{{{guildId}}}","channel_id":"2","member":{"user":{"id":"7","username":"u"},"permissions":"0"},"data":{"id":"1","name":"{{{name}}}","type":1,"options":[{"name":"pertanyaan","type":3,"value":{{{JsonSerializer.Serialize(question)}}} }]}}""";

    /// <summary>A button press in a guild.</summary>
    public static string ButtonPress(string interactionId, ulong guildId, string customId) =>
        $$$"""{"id":"{{{interactionId}}}","application_id":"1000","type":3,"token":"tok-{{{interactionId}}}","guild_id":"{{{guildId}}}","channel_id":"2","member":{"user":{"id":"8","username":"v"},"permissions":"0"},"data":{"custom_id":{{{JsonSerializer.Serialize(customId)}}},"component_type":2}}""";

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting for the next connection.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var clock = Stopwatch.StartNew();
        await foreach (var connection in _server.Connections.ReadAllAsync(_stop.Token))
        {
            if (Interlocked.Increment(ref _opened) >= _holdHelloFor)
            {
                _helloReleased.TrySetResult();
            }

            _ = Task.Run(() => ServeAsync(connection, clock));
        }
    }

    private async Task ServeAsync(FakeGatewayConnection connection, Stopwatch clock)
    {
        await _helloReleased.Task;
        await connection.SendHelloAsync(45_000);
        var identify = await connection.ReceiveAsync();
        var arrived = clock.Elapsed;
        var shard = identify.GetProperty("d").TryGetProperty("shard", out var s) && s.ValueKind == JsonValueKind.Array
            ? s.EnumerateArray().Select(e => e.GetInt32()).ToArray()
            : [];
        _identifies.Enqueue(new IdentifyRecord(shard, arrived));
        if (shard.Length != 2 || shard[1] != _shardCount || shard[0] < 0 || shard[0] >= _shardCount
            || !_shards.TryAdd(shard[0], new Shard(connection)))
        {
            await connection.CloseAsync(InvalidShard);
            return;
        }

        var session = "session-" + shard[0].ToString(CultureInfo.InvariantCulture);
        await connection.SendReadyAsync(session, _server.ResumeGatewayUrl.ToString());
        _ = connection.ClientClose.ContinueWith(_ => _shards.TryRemove(shard[0], out Shard? _), TaskScheduler.Default);
    }

    public sealed record IdentifyRecord(int[] Shard, TimeSpan ArrivedAt)
    {
        public override string ToString() => $"[{string.Join(',', Shard)}] at {ArrivedAt.TotalMilliseconds:F0} ms";
    }

    private sealed class Shard(FakeGatewayConnection connection)
    {
        public long Sequence = 1;

        public FakeGatewayConnection Connection { get; } = connection;
    }
}
