using System.Diagnostics;
using BeritaBot.Core.Matching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// A persisted snapshot and index for one knowledge folder, so an instance with many cards starts (and reloads an
/// unchanged folder) without parsing a card or building the index. The file is used only when it was written for
/// exactly this folder's content, this format and this build (<see cref="KnowledgeCacheKey"/>), and only whole
/// (length and checksum); anything else loads the folder and rewrites the file. The cache is an optimisation: a file
/// that cannot be read or written is logged and the knowledge is served anyway.
/// </summary>
public sealed class KnowledgeCache
{
    /// <summary>Bump when what the cache holds or how it is laid out changes.</summary>
    public const int FormatVersion = 2;

    private readonly int _formatVersion;
    private readonly ILogger _logger;

    public KnowledgeCache(string path, ILogger<KnowledgeCache>? logger = null)
        : this(path, FormatVersion, logger)
    {
    }

    /// <param name="formatVersion">Another version than <see cref="FormatVersion"/>: for tests of a file from another build.</param>
    internal KnowledgeCache(string path, int formatVersion, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = System.IO.Path.GetFullPath(path);
        _formatVersion = formatVersion;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>The cache file.</summary>
    public string Path { get; }

    /// <summary>Loads <paramref name="folder"/> from the cache when it is current, from the folder otherwise (then writes the cache).</summary>
    public KnowledgeCacheLoad Load(string folder, TimeProvider? timeProvider = null)
    {
        var time = timeProvider ?? TimeProvider.System;
        folder = System.IO.Path.GetFullPath(folder);
        var started = Stopwatch.GetTimestamp();

        // Hashing every file is the check, and reading the cache is the work: on two cores they overlap, and the cache
        // read is thrown away if the hash says it is stale.
        var hashing = Task.Run(() => TryHash(folder));
        var cached = TryRead(folder, time);
        var version = hashing.GetAwaiter().GetResult();
        if (version is null)
        {
            // Without the check the cache is not used, and the loader reports what it cannot read, file by file.
            return new KnowledgeCacheLoad(KnowledgeLoader.Load(folder, timeProvider: time), "the folder could not be hashed");
        }

        var key = KnowledgeCacheKey.For(version, _formatVersion);

        var reason = cached.RejectedBecause;
        if (cached.Load is not null && cached.Key is not null)
        {
            if (cached.Key.AsSpan().SequenceEqual(key))
            {
                _logger.LogInformation(
                    "Knowledge read from the cache {CachePath} in {ElapsedMs} ms ({CardCount} cards)",
                    Path, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, cached.Load.Snapshot!.Cards.Count);
                return new KnowledgeCacheLoad(cached.Load, null);
            }

            reason = "written for other knowledge or another build";
        }

        // The stale snapshot is garbage now; let it go before the loader allocates a new one beside it.
        cached = default;
        var load = KnowledgeLoader.Load(folder, timeProvider: time);
        if (load.Snapshot is not null)
        {
            // A file edited while the folder was read would leave a cache claiming content it does not hold.
            if (TryHash(folder) == version)
            {
                TryWrite(key, load);
            }
            else
            {
                _logger.LogInformation("Knowledge cache {CachePath} not written: the folder changed while it was loaded", Path);
            }
        }

        _logger.LogInformation(
            "Knowledge cache {CachePath} not used ({Reason}): the folder was loaded in {ElapsedMs} ms",
            Path, reason, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new KnowledgeCacheLoad(load, reason);
    }

    /// <summary>The folder's content hash, or null when a file vanished or could not be read while it was hashed.</summary>
    private string? TryHash(string folder)
    {
        try
        {
            return KnowledgeVersion.Compute(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Knowledge folder {Folder} could not be hashed; the cache {CachePath} is neither used nor written", folder, Path);
            return null;
        }
    }

    private (KnowledgeLoadResult? Load, byte[]? Key, string? RejectedBecause) TryRead(string folder, TimeProvider time)
    {
        try
        {
            using var pause = CollectionPause.Start(AllocationBound(Path));
            var file = KnowledgeCacheFile.Read(Path, _formatVersion);
            if (file.Payload is null)
            {
                return (null, null, file.RejectedBecause);
            }

            var reader = file.Payload;
            var problems = SnapshotCodec.ReadProblems(reader);
            var cards = SnapshotCodec.ReadCards(reader, folder);
            var sources = SnapshotCodec.ReadSources(reader);
            var aliases = SnapshotCodec.ReadAliases(reader);
            var entities = SnapshotCodec.ReadEntities(reader);
            var index = IndexCodec.Read(reader, cards.Length);
            if (!reader.AtEnd)
            {
                throw new InvalidDataException("bytes left over after the index");
            }

            var snapshot = new KnowledgeSnapshot(cards, sources, aliases, folder, time.GetUtcNow(), entities, index);
            return (new KnowledgeLoadResult(snapshot, problems), file.Key, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or OverflowException)
        {
            // A checksum that matches a payload this build cannot read means a bug here, not a bad disk: say so loudly.
            _logger.LogWarning(ex, "Knowledge cache {CachePath} could not be read; loading the folder instead", Path);
            return (null, null, "unreadable: " + ex.Message);
        }
    }

    /// <summary>
    /// What the start allocates at most while the cache is read: the file itself, its strings in UTF-16 with their
    /// objects, the snapshot's lookups, and the hash's buffers on the other thread (5.6 times the file at 100,000
    /// cards). Announcing too little ends the pause in a full collection; too much only reserves address space.
    /// </summary>
    private static long AllocationBound(string path) => File.Exists(path) ? (new FileInfo(path).Length * 7) + (64 << 20) : 0;

    private void TryWrite(byte[] key, KnowledgeLoadResult load)
    {
        var snapshot = load.Snapshot!;
        var started = Stopwatch.GetTimestamp();
        try
        {
            KnowledgeCacheFile.Write(Path, _formatVersion, key, stream =>
            {
                using var writer = new CacheWriter(stream);
                SnapshotCodec.WriteProblems(writer, load.Problems);
                SnapshotCodec.WriteCards(writer, snapshot.Cards, snapshot.Folder);
                SnapshotCodec.WriteSources(writer, snapshot.Sources);
                SnapshotCodec.WriteAliases(writer, snapshot.Aliases);
                SnapshotCodec.WriteEntities(writer, snapshot.Entities);
                IndexCodec.Write(writer, snapshot.Index.ToParts());
            });
            _logger.LogInformation(
                "Knowledge cache {CachePath} written in {ElapsedMs} ms ({Bytes} bytes)",
                Path, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, new FileInfo(Path).Length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Knowledge cache {CachePath} could not be written; the next start loads the folder again", Path);
        }
    }
}
