namespace BeritaBot.Insights.Storage;

/// <summary>Where the database file lives when the configuration does not say exactly.</summary>
public static class InsightsDatabasePath
{
    public const string FileName = "beritabot.db";

    /// <param name="configured">The configured path, possibly empty or relative.</param>
    /// <param name="baseDirectory">What a relative path is relative to (the content root).</param>
    public static string Resolve(string? configured, string baseDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(baseDirectory, configured));
        }

        var localData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);

        // Service accounts without a home directory have no LocalApplicationData; keep the data beside the app then.
        var root = string.IsNullOrEmpty(localData)
            ? Path.Combine(AppContext.BaseDirectory, "data")
            : Path.Combine(localData, "BeritaBot");
        return Path.Combine(root, FileName);
    }
}
