namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>The built bot (src/BeritaBot's output in the same configuration as the caller), started as <c>dotnet BeritaBot.dll</c>.</summary>
public static class BotBinary
{
    public static string Find()
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var folder = new DirectoryInfo(here); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BeritaBot.sln")))
            {
                var dll = Path.Combine(folder.FullName, "src", "BeritaBot", "bin", configuration, "net10.0", "BeritaBot.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/BeritaBot first (dotnet build).", dll);
            }
        }

        throw new DirectoryNotFoundException("BeritaBot.sln was not found above " + here);
    }

    /// <summary>The repository's bundled knowledge folder.</summary>
    public static string BundledKnowledge()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BeritaBot.sln")))
            {
                return Path.Combine(folder.FullName, "knowledge");
            }
        }

        throw new DirectoryNotFoundException("BeritaBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
