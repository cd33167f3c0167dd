using BeritaBot.Storage.Postgres.Coordination;
using BeritaBot.Storage.Postgres.Reload;
using BeritaBot.Storage.Postgres.Tests.Fixtures;

namespace BeritaBot.Storage.Postgres.Tests.Reload;

[Collection(PostgresTests.Name)]
public sealed class PruneTests(PostgresServer server)
{
    [PostgresFact]
    public void Prune_ExpiredTokenAndLiveOne_DeletesOnlyTheExpiredAndWarnsOfNothing()
    {
        using var bed = new StoreTestBed(server);
        var database = bed.Instance("a");
        var tokens = new PostgresButtonTokenStore(database, bed.Time, TimeSpan.FromHours(1));
        var old = tokens.Add("old");
        bed.Time.Advance(TimeSpan.FromHours(2));
        var live = tokens.Add("live");

        // A failed prune would also put the store in fail-fast for a while, and every shared limit with it.
        new ReloadRequests(database, bed.Time, TimeSpan.FromSeconds(2)).Prune(TimeSpan.FromDays(30));

        Assert.Equal(0, bed.Warnings);
        Assert.Equal(1L, Scalar(bed, "SELECT count(*) FROM button_tokens;"));
        Assert.Equal("live", tokens.Find(live));
        Assert.Null(tokens.Find(old));
    }

    private static long Scalar(StoreTestBed bed, string sql)
    {
        using var connection = new Npgsql.NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, connection);
        return (long)command.ExecuteScalar()!;
    }
}
