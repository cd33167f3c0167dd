namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>One server for every test in the project; each test takes a database of its own.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresTests : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL";
}
