using BeritaBot.Discord.Tests.Fakes;
using BeritaBot.Insights.Tests;
using BeritaBot.Insights.Tests.Knowledge;
using BeritaBot.Storage.Postgres.Tests.Fixtures;

namespace BeritaBot.Storage.Postgres.Tests.Discord;

/// <summary>
/// Two real bot processes, shard 0 and shard 1 of 2, sharing one PostgreSQL, against the fake Discord: it routes
/// guilds to shards by Discord's formula and refuses an Identify whose shard is wrong.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class ShardProcessesTests(PostgresServer server)
{
    private const string Token = "MTA5ODc2NTQzMjEwOTg3NjU0.GhIjKl.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKL";
    private static readonly TimeSpan IdentifyWindow = TimeSpan.FromSeconds(2);

    // Two guilds served by each shard of 2: (guild_id >> 22) % 2.
    private static readonly ulong[] ShardZeroGuilds = [175928847299117063, 81384788765712384];
    private static readonly ulong[] ShardOneGuilds = [175928847303311367, 81384788778295296];

    [PostgresFact]
    public async Task TwoShardProcesses_EachIdentifiesItsShardInTurnAndAnswersItsGuilds()
    {
        var connectionString = server.CreateDatabase();
        using var folder = new TempFolder();
        var knowledge = TestKnowledge.Create(folder.Path);
        await using var discord = await FakeDiscordServer.StartAsync();
        // Hello waits for both connections, so Identifies not spaced by the shared gate would arrive together.
        await using var gateway = new FakeShardedGateway(discord, shardCount: 2, holdHelloFor: 2);

        using var shard0 = BotProcess.Start(Environment(discord, connectionString, knowledge, shardId: 0));
        using var shard1 = BotProcess.Start(Environment(discord, connectionString, knowledge, shardId: 1));
        await WaitAsync(gateway.WaitForAllShardsAsync(), shard0, shard1);

        var identifies = gateway.Identifies;
        Assert.Equal([[0, 2], [1, 2]], identifies.Select(i => i.Shard).OrderBy(s => s[0]));
        // Both shards are in bucket 0 (max_concurrency 1): the second Identify waited for the window. Half of it as
        // the bound: the first process may take a moment between its turn and its send.
        var gap = (identifies[1].ArrivedAt - identifies[0].ArrivedAt).Duration();
        Assert.True(gap >= IdentifyWindow / 2, $"Identifies {string.Join(", ", identifies)} are not spaced by the window\n{shard0.Log}\n{shard1.Log}");

        var routed = new Dictionary<string, int>();
        foreach (var (guild, i) in ShardZeroGuilds.Concat(ShardOneGuilds).Select((g, i) => (g, i)))
        {
            var id = "700" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            routed[id] = await gateway.DispatchInteractionAsync(guild, FakeShardedGateway.Command(id, guild, "tanya", "Kapan gencatan senjata ditandatangani?"));
        }

        foreach (var id in routed.Keys)
        {
            var callback = Assert.Single(await WaitAsync(discord.WaitForCallbackAsync(id), shard0, shard1));
            Assert.Contains("10 November 2020", callback.Body, StringComparison.Ordinal);
        }

        Assert.Equal([0, 0, 1, 1], routed.Values.Order());
        Assert.Contains("READY on shard 0", shard0.Log, StringComparison.Ordinal);
        Assert.DoesNotContain("READY on shard 1", shard0.Log, StringComparison.Ordinal);
        Assert.Contains("READY on shard 1", shard1.Log, StringComparison.Ordinal);

        // Both processes took their Identify turns and their REST requests (GET /gateway/bot, the commands) from the
        // shared store: one row per bot for its bucket 0 and one for its global rate.
        Assert.Equal(1L, Count(connectionString, "SELECT count(*) FROM connection_start_turns WHERE scope LIKE 'discord:identify:%' AND lane = '0'"));
        Assert.Equal(1L, Count(connectionString, "SELECT count(*) FROM request_rates WHERE scope LIKE 'discord:rest-global:%'"));
    }

    private static long Count(string connectionString, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }

    private static Dictionary<string, string> Environment(FakeDiscordServer discord, string connectionString, string knowledge, int shardId) => new()
    {
        ["Discord__BotToken"] = Token,
        ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl.ToString(),
        ["Discord__ShardId"] = shardId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord__ShardCount"] = "2",
        ["Discord__IdentifyWindow"] = IdentifyWindow.ToString(),
        ["Storage__ConnectionString"] = connectionString,
        ["Storage__InstanceId"] = "shard-" + shardId,
        ["Knowledge__Path"] = knowledge,
        ["Insights__Enabled"] = "true",
    };

    /// <summary>Awaits <paramref name="task"/>; on a timeout the failure carries both processes' logs.</summary>
    private static async Task<T> WaitAsync<T>(Task<T> task, BotProcess shard0, BotProcess shard1)
    {
        try
        {
            return await task;
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"{ex.Message}\n--- shard 0 ---\n{shard0.Log}\n--- shard 1 ---\n{shard1.Log}", ex);
        }
    }

    private static async Task WaitAsync(Task task, BotProcess shard0, BotProcess shard1) =>
        await WaitAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), shard0, shard1);
}
