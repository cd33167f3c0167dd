using BeritaBot.Core.Coordination;
using BeritaBot.Storage.Postgres.Coordination;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Tests.Coordination;

/// <summary>
/// The limits several processes keep together (Discord's Identify buckets, session start budget, global REST rate),
/// each instance on its own connection pool. Times are the server's, so tests move them by ageing rows, never by
/// waiting.
/// </summary>
[Collection(PostgresTests.Name)]
public sealed class SharedLimitTests(PostgresServer server)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [PostgresFact]
    public async Task TryStart_SameBucketOnTwoInstances_SecondWaitsUntilTheSpacingHasPassed()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresConnectionStartGate(bed.Instance("a"), bed.Time);
        var b = new PostgresConnectionStartGate(bed.Instance("b"), bed.Time);

        var first = await a.TryStartAsync("bot", "0", Hour, default);
        var sameBucket = await b.TryStartAsync("bot", "0", Hour, default);
        var otherBucket = await b.TryStartAsync("bot", "1", Hour, default);
        Execute(bed, "UPDATE connection_start_turns SET started_at = started_at - interval '1 hour';");
        var later = await b.TryStartAsync("bot", "0", Hour, default);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.InRange(sameBucket, TimeSpan.FromMinutes(59), Hour);
        Assert.Equal(TimeSpan.Zero, otherBucket);
        Assert.Equal(TimeSpan.Zero, later);
    }

    [PostgresFact]
    public async Task TryStart_SixInstancesAtOnce_ExactlyOneTakesTheTurn()
    {
        using var bed = new StoreTestBed(server);
        var gates = Enumerable.Range(0, 6).Select(i => new PostgresConnectionStartGate(Started(bed, "i" + i), bed.Time)).ToList();

        var waits = await Task.WhenAll(gates.Select(g => Task.Run(async () => await g.TryStartAsync("bot", "0", Hour, default))));

        Assert.Single(waits, w => w == TimeSpan.Zero);
    }

    [PostgresFact]
    public async Task TryStart_BudgetSpentByAnotherInstance_WaitsForTheResetThenStartsAFreshBudget()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresConnectionStartGate(bed.Instance("a"), bed.Time);
        var b = new PostgresConnectionStartGate(bed.Instance("b"), bed.Time);
        await a.SetBudgetAsync("bot", new StartBudget(1000, 1, Hour), default);

        var spending = await a.TryStartAsync("bot", "0", TimeSpan.Zero, default);
        var spent = await b.TryStartAsync("bot", "1", TimeSpan.Zero, default);
        Execute(bed, "UPDATE connection_start_budgets SET resets_at = resets_at - interval '1 hour';");
        var afterReset = await b.TryStartAsync("bot", "1", TimeSpan.Zero, default);

        Assert.Equal(TimeSpan.Zero, spending);
        Assert.InRange(spent, TimeSpan.FromMinutes(59), Hour);
        Assert.Equal(TimeSpan.Zero, afterReset);
        Assert.Equal(999, Scalar<int>(bed, "SELECT remaining FROM connection_start_budgets WHERE scope = 'bot';"));
    }

    [PostgresFact]
    public async Task TryTake_TwoInstancesAtOnce_TakeNoMoreThanTheLimitInTheWindow()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresRequestRateGate(Started(bed, "a"));
        var b = new PostgresRequestRateGate(Started(bed, "b"));
        var rate = new RequestRate(5, Hour);

        var waits = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? a : b).TryTakeAsync("bot", rate, default))));
        Execute(bed, "UPDATE request_rates SET stamps = ARRAY(SELECT s - interval '1 hour' FROM unnest(stamps) AS s);");
        var windowPassed = await b.TryTakeAsync("bot", rate, default);

        Assert.Equal(5, waits.Count(w => w == TimeSpan.Zero));
        Assert.All(waits.Where(w => w != TimeSpan.Zero), w => Assert.InRange(w, TimeSpan.FromMinutes(59), Hour));
        Assert.Equal(TimeSpan.Zero, windowPassed);
    }

    [PostgresFact]
    public async Task Pause_PublishedByOneInstance_StopsTheOtherUntilItEnds()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresRequestRateGate(bed.Instance("a"));
        var b = new PostgresRequestRateGate(bed.Instance("b"));
        var rate = new RequestRate(50, TimeSpan.FromSeconds(1));

        await a.PauseAsync("bot", Hour, default);
        var paused = await b.TryTakeAsync("bot", rate, default);
        var otherBot = await b.TryTakeAsync("other-bot", rate, default);
        Execute(bed, "UPDATE request_rates SET paused_until = paused_until - interval '1 hour';");
        var resumed = await b.TryTakeAsync("bot", rate, default);

        Assert.InRange(paused, TimeSpan.FromMinutes(59), Hour);
        Assert.Equal(TimeSpan.Zero, otherBot);
        Assert.Equal(TimeSpan.Zero, resumed);
    }

    [PostgresFact]
    public async Task Gates_StoreUnreachable_KeepTheSpacingInThisInstanceAndLetRequestsGo()
    {
        using var bed = new StoreTestBed(server);
        var unreachable = bed.Instance("a", "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2");
        var starts = new PostgresConnectionStartGate(unreachable, bed.Time);
        var requests = new PostgresRequestRateGate(unreachable);

        var first = await starts.TryStartAsync("bot", "0", Hour, default);
        var second = await starts.TryStartAsync("bot", "0", Hour, default);
        var request = await requests.TryTakeAsync("bot", new RequestRate(1, Hour), default);

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(Hour, second);
        Assert.Equal(TimeSpan.Zero, request);
        Assert.Equal(1, bed.Warnings);
    }

    /// <summary>An instance past its start, when the host has migrated the schema (as PostgresStorageInitializer does).</summary>
    private static PostgresDatabase Started(StoreTestBed bed, string name)
    {
        var database = bed.Instance(name);
        Assert.True(database.Initialize());
        return database;
    }

    private static void Execute(StoreTestBed bed, string sql)
    {
        using var connection = new NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static T Scalar<T>(StoreTestBed bed, string sql)
    {
        using var connection = new NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        return (T)command.ExecuteScalar()!;
    }
}
