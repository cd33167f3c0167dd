namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Finds the bundled knowledge folder relative to the app, not the working directory: a published app carries
/// <c>knowledge/</c> beside its binaries; run from the repository, the folder is found by walking up from the
/// build output, so editors' changes in the repo are what the bot serves.
/// </summary>
public static class KnowledgeFolderLocator
{
    public const string FolderName = "knowledge";

    public static string Resolve(string? configuredPath, string? baseDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            return System.IO.Path.GetFullPath(configuredPath);
        }

        var start = baseDirectory ?? AppContext.BaseDirectory;
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FolderName);
            if (File.Exists(System.IO.Path.Combine(candidate, KnowledgeLoader.SourcesFile)))
            {
                return candidate;
            }
        }

        // Not found: return the conventional place so the loader's error names it.
        return System.IO.Path.Combine(start, FolderName);
    }
}
