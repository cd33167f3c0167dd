namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>Where the PostgreSQL server programs are: BERITABOT_PG_BIN, else Debian's /usr/lib/postgresql/N/bin (newest).</summary>
public static class PostgresBinaries
{
    /// <summary>Set by CI (.ci/run): a missing server fails the tests instead of skipping them.</summary>
    public const string CiVariable = "BERITABOT_CI";

    public const string MissingMessage =
        "PostgreSQL is not installed (no initdb in BERITABOT_PG_BIN or /usr/lib/postgresql/*/bin). "
        + "Install it (apt-get install postgresql) to run the shared-store tests; .ci/run installs it.";

    public static bool InCi => Environment.GetEnvironmentVariable(CiVariable) is { Length: > 0 } value && value != "0";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("BERITABOT_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(Path.Combine(configured, "initdb")) ? configured : null;
        }

        const string debian = "/usr/lib/postgresql";
        if (!Directory.Exists(debian))
        {
            return null;
        }

        return Directory.EnumerateDirectories(debian)
            .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Folder)
            .FirstOrDefault();
    }
}
