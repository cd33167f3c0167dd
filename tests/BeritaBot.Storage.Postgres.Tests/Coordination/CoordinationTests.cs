using BeritaBot.Core.Coordination;
using BeritaBot.Insights.Tests;
using BeritaBot.Storage.Postgres.Coordination;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Tests.Coordination;

[Collection(PostgresTests.Name)]
public sealed class CoordinationTests(PostgresServer server)
{
    [PostgresFact]
    public void ButtonToken_AddedOnOneInstance_FoundOnAnotherUntilItExpires()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresButtonTokenStore(bed.Instance("a"), bed.Time, TimeSpan.FromDays(1));
        var b = new PostgresButtonTokenStore(bed.Instance("b"), bed.Time, TimeSpan.FromDays(1));

        var token = a.Add("""{"card":"gencatan-senjata","question":"kapan?"}""");
        var found = b.Find(token);
        bed.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromSeconds(1));
        var expired = b.Find(token);

        Assert.InRange(token.Length, 1, 16);
        Assert.Equal("""{"card":"gencatan-senjata","question":"kapan?"}""", found);
        Assert.Null(expired);
        Assert.Null(b.Find("doesnotexist"));
    }

    [PostgresFact]
    public async Task TryClaim_SameUpdateOnTwoInstances_OneHandlesItAndTheOtherSkips()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresHandledIdStore(bed.Instance("a"), bed.Time, TimeSpan.FromSeconds(30));
        var b = new PostgresHandledIdStore(bed.Instance("b"), bed.Time, TimeSpan.FromSeconds(30));

        var first = await a.TryClaimAsync("telegram", "1001", default);
        var whileHandled = await b.TryClaimAsync("telegram", "1001", default);
        await a.CompleteAsync("telegram", "1001", default);
        var afterwards = await b.TryClaimAsync("telegram", "1001", default);
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        var muchLater = await b.TryClaimAsync("telegram", "1001", default);

        Assert.Equal(ClaimOutcome.Claimed, first);
        Assert.Equal(ClaimOutcome.InProgressElsewhere, whileHandled);
        Assert.Equal(ClaimOutcome.AlreadyHandled, afterwards);
        Assert.Equal(ClaimOutcome.AlreadyHandled, muchLater);
    }

    [PostgresFact]
    public async Task TryClaim_HolderDiedAndItsLeaseRanOut_AnotherInstanceTakesOver()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresHandledIdStore(bed.Instance("a"), bed.Time, TimeSpan.FromSeconds(30));
        var b = new PostgresHandledIdStore(bed.Instance("b"), bed.Time, TimeSpan.FromSeconds(30));
        Assert.Equal(ClaimOutcome.Claimed, await a.TryClaimAsync("telegram", "7", default));

        bed.Time.Advance(TimeSpan.FromSeconds(31));
        var takeover = await b.TryClaimAsync("telegram", "7", default);
        await b.CompleteAsync("telegram", "7", default);

        Assert.Equal(ClaimOutcome.Claimed, takeover);
        Assert.Equal(ClaimOutcome.AlreadyHandled, await a.TryClaimAsync("telegram", "7", default));
    }

    [PostgresFact]
    public async Task Release_CancelledHandling_LetsTheRedeliveryBeHandled()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresHandledIdStore(bed.Instance("a"), bed.Time, TimeSpan.FromSeconds(30));
        var b = new PostgresHandledIdStore(bed.Instance("b"), bed.Time, TimeSpan.FromSeconds(30));
        await a.TryClaimAsync("discord", "x", default);

        await a.ReleaseAsync("discord", "x", default);

        Assert.Equal(ClaimOutcome.Claimed, await b.TryClaimAsync("discord", "x", default));
        Assert.Equal(ClaimOutcome.Claimed, await a.TryClaimAsync("telegram", "x", default));
    }

    [PostgresFact]
    public async Task TryClaim_StoreDown_HandlesRatherThanDrops()
    {
        using var bed = new StoreTestBed(server);
        var down = bed.Instance("a", "Host=127.0.0.1;Port=1;Username=postgres;Database=none;Timeout=2");
        var store = new PostgresHandledIdStore(down, bed.Time, TimeSpan.FromSeconds(30));

        Assert.Equal(ClaimOutcome.Claimed, await store.TryClaimAsync("telegram", "1", default));
        Assert.Equal(1, down.FailedWrites);
    }

    [PostgresFact]
    public async Task Acquire_KeyHeldByAnotherInstance_WaitsUntilItIsReleased()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresKeyedLock(bed.Instance("a"));
        var b = new PostgresKeyedLock(bed.Instance("b"));
        var held = await a.AcquireAsync("telegram-chat:5", default);

        var waiting = b.AcquireAsync("telegram-chat:5", default).AsTask();
        await Eventually.True(() => WaitingOnAdvisoryLock(bed) == 1, "b waits on the chat's lock");
        var otherChat = await b.AcquireAsync("telegram-chat:6", default);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();
        await using var second = await waiting;
        await otherChat.DisposeAsync();

        Assert.Equal(0, WaitingOnAdvisoryLock(bed));
    }

    [PostgresFact]
    public void Conversation_SavedOnOneInstance_ReadOnAnotherUntilItExpires()
    {
        using var bed = new StoreTestBed(server);
        var a = new PostgresConversationContextStore(bed.Instance("a"), bed.Time);
        var b = new PostgresConversationContextStore(bed.Instance("b"), bed.Time);

        a.Save("telegram:chat:5", "topic=gencatan-senjata", TimeSpan.FromMinutes(10));
        var read = b.Find("telegram:chat:5");
        a.Save("telegram:chat:5", "topic=penjaga-perdamaian", TimeSpan.FromMinutes(10));
        var updated = b.Find("telegram:chat:5");
        bed.Time.Advance(TimeSpan.FromMinutes(11));
        var expired = b.Find("telegram:chat:5");
        a.Save("telegram:chat:6", "x", TimeSpan.FromMinutes(10));
        b.Remove("telegram:chat:6");

        Assert.Equal("topic=gencatan-senjata", read);
        Assert.Equal("topic=penjaga-perdamaian", updated);
        Assert.Null(expired);
        Assert.Null(a.Find("telegram:chat:6"));
    }

    private static int WaitingOnAdvisoryLock(StoreTestBed bed)
    {
        using var connection = new NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT COUNT(*)::int FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database());", connection);
        return (int)command.ExecuteScalar()!;
    }
}
