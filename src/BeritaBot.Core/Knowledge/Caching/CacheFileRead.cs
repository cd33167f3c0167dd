namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>A cache file read and checked: the key it was written for and a reader over its payload, or why it cannot be used.</summary>
internal sealed record CacheFileRead(byte[]? Key, CacheReader? Payload, string? RejectedBecause)
{
    public static CacheFileRead Rejected(string reason) => new(null, null, reason);
}
