using BeritaBot.Storage.Postgres.Schema;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using Npgsql;

namespace BeritaBot.Storage.Postgres.Tests.Schema;

[Collection(PostgresTests.Name)]
public sealed class PostgresMigratorTests(PostgresServer server)
{
    [PostgresFact]
    public async Task Initialize_SixInstancesAtOnce_ApplyEachStepOnceAndShareOneSalt()
    {
        using var bed = new StoreTestBed(server);
        var instances = Enumerable.Range(1, 6).Select(i => bed.Instance($"i{i}")).ToList();
        using var start = new Barrier(instances.Count);

        var ready = await Task.WhenAll(instances.Select(i => Task.Run(() =>
        {
            start.SignalAndWait();
            return i.Initialize();
        })));

        Assert.All(ready, Assert.True);
        Assert.Equal(Enumerable.Range(1, PostgresMigrations.LatestVersion), Scalars<int>(bed, "SELECT version FROM schema_version ORDER BY version;"));
        Assert.Single(Scalars<byte[]>(bed, "SELECT value FROM settings;"));
        Assert.Single(instances.Select(i => Convert.ToHexString(i.VoterSalt)).Distinct());
    }

    [PostgresFact]
    public void Initialize_SchemaNewerThanThisBuild_RefusesAndReportsIt()
    {
        using var bed = new StoreTestBed(server);
        Assert.True(bed.Instance("old").Initialize());
        Execute(bed, $"INSERT INTO schema_version (version, description) VALUES ({PostgresMigrations.LatestVersion + 1}, 'from the future');");

        var newer = bed.Instance("newer");

        Assert.Throws<InvalidOperationException>(() => newer.Initialize());
    }

    [PostgresFact]
    public void Initialize_AgainAfterMigrating_ChangesNothing()
    {
        using var bed = new StoreTestBed(server);
        Assert.True(bed.Instance("first").Initialize());
        var salt = Scalars<byte[]>(bed, "SELECT value FROM settings;").Single();

        Assert.True(bed.Instance("second").Initialize());

        Assert.Equal(PostgresMigrations.All.Count, Scalars<int>(bed, "SELECT version FROM schema_version;").Count);
        Assert.Equal(salt, Scalars<byte[]>(bed, "SELECT value FROM settings;").Single());
    }

    internal static List<T> Scalars<T>(StoreTestBed bed, string sql)
    {
        using var connection = new NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        using var reader = command.ExecuteReader();
        var values = new List<T>();
        while (reader.Read())
        {
            values.Add(reader.GetFieldValue<T>(0));
        }

        return values;
    }

    internal static void Execute(StoreTestBed bed, string sql)
    {
        using var connection = new NpgsqlConnection(bed.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
