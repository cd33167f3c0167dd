namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>
/// A test that needs a real PostgreSQL server. On a developer machine without one it is skipped with a message
/// saying why; in CI (BERITABOT_CI set) it runs and fails, so CI never skips it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!PostgresBinaries.InCi && PostgresBinaries.Find() is null)
        {
            Skip = PostgresBinaries.MissingMessage;
        }
    }
}
