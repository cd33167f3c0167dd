namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>The built bot (src/BeritaBot's output in the same configuration as the caller), started as <c>dotnet BeritaBot.dll</c>.</summary>
public static class BotBinary
{
    public static string Find()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release"
            : "Debug";
        var dll = Path.Combine(RepositoryRoot(), "src", "BeritaBot", "bin", configuration, "net10.0", "BeritaBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/BeritaBot first (dotnet build).", dll);
    }

    /// <summary>The repository's bundled knowledge folder.</summary>
    public static string BundledKnowledge() => Path.Combine(RepositoryRoot(), "knowledge");

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BeritaBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("BeritaBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
