namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>A load through the cache: its result, and whether the cache served it or why it was rebuilt.</summary>
/// <param name="RebuiltBecause">Null when the snapshot came from the cache; otherwise why the folder was loaded instead.</param>
public sealed record KnowledgeCacheLoad(KnowledgeLoadResult Result, string? RebuiltBecause)
{
    public bool FromCache => RebuiltBecause is null;
}
