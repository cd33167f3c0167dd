using System.Globalization;
using System.Text.Json;
using BeritaBot.Cluster.Tests.Fixtures;
using BeritaBot.Cluster.Tests.Harness;
using BeritaBot.Discord.Tests.Fakes;
using BeritaBot.Storage.Postgres.Tests.Fixtures;

namespace BeritaBot.Cluster.Tests;

/// <summary>
/// Two real Discord bot processes, shard 0 and shard 1 of 2, on one PostgreSQL, against the fake Discord: it routes
/// guilds to shards by Discord's formula and refuses an Identify whose shard is wrong (4010).
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class DiscordShardTests(ClusterFixture fixture)
{
    private const string Token = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL";
    private const string Question = "Kapan gencatan senjata ditandatangani?";
    private const string VoteThanks = "Terima kasih atas penilaian Anda!";
    private static readonly TimeSpan IdentifyWindow = TimeSpan.FromSeconds(2);

    // Two guilds served by each shard of 2: (guild_id >> 22) % 2.
    private static readonly ulong[] ShardZeroGuilds = [175928847299117063, 81384788765712384];
    private static readonly ulong[] ShardOneGuilds = [175928847303311367, 81384788778295296];

    [PostgresFact]
    public async Task TwoShardProcesses_IdentifyInTurnAnswerTheirGuildsAndShareButtons()
    {
        var connectionString = fixture.Server.CreateDatabase();
        var work = Path.Combine(Path.GetTempPath(), "beritabot-shards-" + Guid.NewGuid().ToString("N")[..8]);
        await using var discord = await FakeDiscordServer.StartAsync();
        // Hello waits for both connections, so Identifies not spaced by the shared gate would arrive together.
        await using var gateway = new FakeShardedGateway(discord, shardCount: 2, holdHelloFor: 2);
        await using var shard0 = await Start("shard-0", "0", discord, connectionString, work);
        await using var shard1 = await Start("shard-1", "1", discord, connectionString, work);
        await Diagnosed(gateway.WaitForAllShardsAsync(), shard0, shard1);

        var identifies = gateway.Identifies;
        Assert.Equal([[0, 2], [1, 2]], identifies.Select(i => i.Shard).OrderBy(s => s[0]));
        // Both shards are in bucket 0 (max_concurrency 1): the second Identify waited for the window. Half of it as
        // the bound: the first process may take a moment between taking its turn and sending.
        var gap = (identifies[1].ArrivedAt - identifies[0].ArrivedAt).Duration();
        Assert.True(gap >= IdentifyWindow / 2, $"Identifies {string.Join(", ", identifies)} are not spaced by the window");

        var routed = new Dictionary<string, int>();
        foreach (var (guild, i) in ShardZeroGuilds.Concat(ShardOneGuilds).Select((g, i) => (g, i)))
        {
            var id = "700" + i.ToString(CultureInfo.InvariantCulture);
            routed[id] = await gateway.DispatchInteractionAsync(guild, FakeShardedGateway.Command(id, guild, "tanya", Question));
        }

        var answers = new Dictionary<string, RecordedRequest>();
        foreach (var id in routed.Keys)
        {
            answers[id] = Assert.Single(await Diagnosed(discord.WaitForCallbackAsync(id), shard0, shard1));
            Assert.Contains("10 November 2020", answers[id].Body, StringComparison.Ordinal);
        }

        Assert.Equal([0, 0, 1, 1], routed.Values.Order());
        Assert.Contains("READY on shard 0", shard0.ReadLog(), StringComparison.Ordinal);
        Assert.DoesNotContain("READY on shard 1", shard0.ReadLog(), StringComparison.Ordinal);
        Assert.Contains("READY on shard 1", shard1.ReadLog(), StringComparison.Ordinal);

        // A feedback button on shard 0's answer, pressed where shard 1 receives it (the layout changed, say): its token
        // was kept by shard 0's process in the shared store.
        var helpful = CustomIds(answers["7000"].Json).Single(c => c.StartsWith("fb:", StringComparison.Ordinal) && c.EndsWith(":1", StringComparison.Ordinal));
        var pressedOn = await gateway.DispatchInteractionAsync(ShardOneGuilds[0], FakeShardedGateway.ButtonPress("7100", ShardOneGuilds[0], helpful));
        var vote = Assert.Single(await Diagnosed(discord.WaitForCallbackAsync("7100"), shard0, shard1));

        Assert.Equal(1, pressedOn);
        Assert.Equal(VoteThanks, vote.Json.GetProperty("data").GetProperty("content").GetString());

        // Both processes took their Identify turns and their REST requests (GET /gateway/bot, the commands) from the
        // shared store: one row per bot for its bucket 0 and one for its global rate.
        Assert.Equal(1L, await CountAsync(connectionString, "SELECT count(*) FROM connection_start_turns WHERE scope LIKE 'discord:identify:%' AND lane = '0'"));
        Assert.Equal(1L, await CountAsync(connectionString, "SELECT count(*) FROM request_rates WHERE scope LIKE 'discord:rest-global:%'"));
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static Task<BotProcess> Start(string name, string shardIds, FakeDiscordServer discord, string connectionString, string work) =>
        BotProcess.StartAsync(name, DiscordShards(name, shardIds, discord.ApiBaseUrl.ToString(), connectionString), work);

    /// <summary>The settings of one process running <paramref name="shardIds"/> of 2 shards, sharing a PostgreSQL store.</summary>
    private static Dictionary<string, string> DiscordShards(string name, string shardIds, string apiBaseUrl, string connectionString) => new()
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = apiBaseUrl,
        ["Discord__ShardIds"] = shardIds,
        ["Discord__ShardCount"] = "2",
        ["Discord__IdentifyWindow"] = IdentifyWindow.ToString(),
        ["Storage__ConnectionString"] = connectionString,
        ["Storage__InstanceId"] = name,
        ["Knowledge__Path"] = BotBinary.BundledKnowledge(),
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__BeritaBot.Discord.Gateway"] = "Information",
    };

    private static IEnumerable<string> CustomIds(JsonElement callback) =>
        callback.GetProperty("data").GetProperty("components").EnumerateArray()
            .SelectMany(row => row.GetProperty("components").EnumerateArray())
            .Where(c => c.TryGetProperty("custom_id", out _))
            .Select(c => c.GetProperty("custom_id").GetString()!);

    /// <summary>Awaits <paramref name="task"/>; on a timeout the failure carries both processes' logs.</summary>
    private static async Task<T> Diagnosed<T>(Task<T> task, BotProcess shard0, BotProcess shard1)
    {
        try
        {
            return await task;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\n--- shard 0 ---\n{shard0.ReadLog()}\n--- shard 1 ---\n{shard1.ReadLog()}", ex);
        }
    }

    private static Task<bool> Diagnosed(Task task, BotProcess shard0, BotProcess shard1) =>
        Diagnosed(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), shard0, shard1);
}
