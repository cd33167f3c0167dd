using System.Text.Json.Nodes;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using BeritaBot.Telegram.Tests.Fakes;
using Npgsql;

namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>
/// Several bot processes on one PostgreSQL database and one knowledge folder, each with a fake Bot API of its own (so
/// a test can tell, and hold, what each instance sends), behind a round-robin load balancer.
/// </summary>
public sealed class ClusterBed : IAsyncDisposable
{
    private readonly string _workFolder;

    private ClusterBed(string connectionString, string workFolder, IReadOnlyList<FakeBotApiServer> apis, IReadOnlyList<BotProcess> bots, RoundRobinProxy proxy)
    {
        ConnectionString = connectionString;
        _workFolder = workFolder;
        Apis = apis;
        Bots = bots;
        Proxy = proxy;
    }

    public string ConnectionString { get; }

    public IReadOnlyList<FakeBotApiServer> Apis { get; }

    public IReadOnlyList<BotProcess> Bots { get; }

    public RoundRobinProxy Proxy { get; }

    /// <summary>The webhook as Telegram would be given it: through the load balancer.</summary>
    public Uri Webhook => new(Proxy.Url, BotProcess.WebhookPath);

    /// <param name="settings">Extra environment settings for every instance.</param>
    public static async Task<ClusterBed> StartAsync(PostgresServer server, string knowledgePath, int instances, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(server);
        var connectionString = server.CreateDatabase();
        var workFolder = Path.Combine(Path.GetTempPath(), "beritabot-cluster", Guid.NewGuid().ToString("N")[..12]);
        var apis = new List<FakeBotApiServer>();
        for (var i = 0; i < instances; i++)
        {
            apis.Add(await FakeBotApiServer.StartAsync());
        }

        // Started together, as after a deploy: the schema migrations must be safe when several instances start at once.
        var bots = await Task.WhenAll(apis.Select((api, i) =>
        {
            var port = LoopbackPort.Free();
            var environment = BotProcess.TelegramWebhook(Name(i), port, api.BaseUrl, connectionString, knowledgePath);
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                environment[key] = value;
            }

            return BotProcess.StartAsync(Name(i), environment, Path.Combine(workFolder, Name(i)), port);
        }));
        var proxy = await RoundRobinProxy.StartAsync([.. bots.Select(b => new Uri($"http://127.0.0.1:{b.Port}"))]);
        return new ClusterBed(connectionString, workFolder, apis, bots, proxy);
    }

    /// <summary>"bot-a", "bot-b", …: the instance ids in claims and reload results.</summary>
    public static string Name(int index) => "bot-" + (char)('a' + index);

    /// <summary>Every answer sent, by every instance, as the Bot API received it.</summary>
    public IReadOnlyList<RecordedRequest> Sent => [.. Apis.SelectMany(a => a.Calls("sendMessage"))];

    public async Task<T?> QueryAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T?)await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Posts an update straight to instance <paramref name="instance"/>'s webhook (as the load balancer may route any
    /// update to any instance) and waits until it is acknowledged.
    /// </summary>
    public async Task PostAsync(int instance, JsonObject update)
    {
        var bot = Bots[instance];
        var report = await new WebhookDelivery(bot.Webhook, concurrency: 1, TimeSpan.FromMilliseconds(50))
            .DeliverAsync([update], TimeSpan.FromSeconds(20), CancellationToken.None);
        if (report.Redeliveries > 0)
        {
            throw new InvalidOperationException($"{bot.Name} did not take the update at once: {string.Join(", ", report.Failures)}\n{Logs()}");
        }
    }

    /// <summary>A private message from <paramref name="reader"/> to instance <paramref name="instance"/>; the answer it sent in reply.</summary>
    /// <param name="id">The update's id and message id, unique in this bed.</param>
    public async Task<RecordedRequest> AskAsync(int instance, long reader, string text, long id)
    {
        var update = Updates.Private(text, id, reader);
        update["update_id"] = id;
        await PostAsync(instance, update);
        return await Apis[instance].WaitForAsync("sendMessage", r => r.ReplyToMessageId == id);
    }

    /// <summary>Every instance's log, for a failing test's message.</summary>
    public string Logs() => string.Join("\n", Bots.Select(b => $"--- {b.Name}\n{b.ReadLog()}"));

    public async ValueTask DisposeAsync()
    {
        await Proxy.DisposeAsync();
        foreach (var bot in Bots)
        {
            await bot.DisposeAsync();
        }

        foreach (var api in Apis)
        {
            await api.DisposeAsync();
        }

        try
        {
            Directory.Delete(_workFolder, recursive: true);
        }
        catch (IOException)
        {
            // Logs of a failed run may be worth a look; the temp folder is cleaned by the system anyway.
        }
    }
}
