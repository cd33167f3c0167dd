using System.Globalization;

namespace BeritaBot.Discord.Gateway;

/// <summary>The shards one process runs: which ids, of how many shards across every process.</summary>
public sealed class ShardSet
{
    public ShardSet(IReadOnlyList<int> ids, int count)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        if (ids.Count == 0 || ids.Any(id => id < 0 || id >= count))
        {
            throw new ArgumentException($"Shard ids must be in 0..{count - 1}.", nameof(ids));
        }

        Ids = ids;
        Count = count;
    }

    public IReadOnlyList<int> Ids { get; }

    public int Count { get; }

    /// <summary>Every shard of <paramref name="count"/> in this process.</summary>
    public static ShardSet All(int count) => new(Enumerable.Range(0, count).ToArray(), count);

    /// <summary>The configured shards; null when no count is configured and Discord's recommended count decides.</summary>
    public static ShardSet? FromOptions(DiscordOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.ShardCount is not { } count)
        {
            return null;
        }

        if (options.ShardId is { } id)
        {
            return new ShardSet([id], count);
        }

        return options.ShardIds is { } text
            ? new ShardSet(ParseIds(text) ?? throw new ArgumentException("Discord:ShardIds is not a list of shard ids."), count)
            : All(count);
    }

    /// <summary>
    /// Reads "0-3", "0,2" or "0-3,8": ids and inclusive ranges separated by commas, in ascending order without
    /// repeats. Null when the text is not such a list.
    /// </summary>
    public static IReadOnlyList<int>? ParseIds(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length > 2 || !TryReadId(bounds[0], out var first))
            {
                return null;
            }

            var last = first;
            if ((bounds.Length == 2 && !TryReadId(bounds[1], out last)) || last < first || (ids.Count > 0 && first <= ids[^1]))
            {
                return null;
            }

            ids.AddRange(Enumerable.Range(first, last - first + 1));
        }

        return ids;
    }

    /// <summary>
    /// Which of Discord's Identify rate-limit buckets a shard is in: shards with the same
    /// <c>shard_id % max_concurrency</c> may identify once per 5 s between them.
    /// </summary>
    public static int IdentifyBucket(int shardId, int maxConcurrency) => shardId % Math.Max(1, maxConcurrency);

    public override string ToString() => $"{string.Join(',', Ids)} of {Count}";

    private static bool TryReadId(string text, out int id) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id <= 100_000;
}
