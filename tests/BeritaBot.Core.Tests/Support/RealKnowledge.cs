using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Tests.Support;

/// <summary>The repository's own knowledge folder, loaded once for every test that reads it.</summary>
internal static class RealKnowledge
{
    private static readonly Lazy<KnowledgeLoadResult> LoadResult = new(() => KnowledgeLoader.Load(Folder));

    /// <summary>Found the way the app finds it: by walking up from the test's base directory.</summary>
    public static string Folder => KnowledgeFolderLocator.Resolve(null, AppContext.BaseDirectory);

    public static KnowledgeLoadResult Load => LoadResult.Value;

    public static KnowledgeSnapshot Snapshot =>
        Load.Snapshot ?? throw new InvalidOperationException("The real knowledge did not load: " + string.Join("; ", Load.Errors));
}
