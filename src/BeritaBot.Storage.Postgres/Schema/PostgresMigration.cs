namespace BeritaBot.Storage.Postgres.Schema;

/// <summary>One schema step, applied in order of <see cref="Version"/> inside its own transaction.</summary>
internal sealed record PostgresMigration(int Version, string Description, string Sql);
