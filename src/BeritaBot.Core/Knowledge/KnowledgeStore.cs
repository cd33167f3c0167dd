using System.Diagnostics;
using BeritaBot.Core.Knowledge.Caching;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Serves one immutable snapshot at a time. A reload builds a complete new snapshot (cards and index) off to the
/// side and publishes it with a single reference swap, so readers see either the old or the new knowledge, never a
/// mix, and never wait. Reloads are serialised among themselves.
/// </summary>
public sealed class KnowledgeStore : IKnowledgeStore
{
    private readonly string _folder;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeStore> _logger;
    private readonly KnowledgeCache? _cache;
    private readonly Lock _reloadLock = new();
    private KnowledgeSnapshot _current;

    /// <param name="cache">Where the loaded knowledge and its index are kept for the next start and reload; null for none.</param>
    public KnowledgeStore(string folder, KnowledgeSnapshot initial, TimeProvider time, ILogger<KnowledgeStore> logger, KnowledgeCache? cache = null)
    {
        _folder = folder;
        _cache = cache;
        _current = initial;
        _time = time;
        _logger = logger;
    }

    public event EventHandler<ReloadResult>? Reloaded;

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public string Folder => _folder;

    /// <summary>Loads the folder for the first time.</summary>
    /// <returns>The store, or the problems that prevent the first load (there is no old knowledge to keep serving).</returns>
    /// <param name="cache">Read instead of the folder when it holds this folder's content; rewritten when it does not.</param>
    public static (KnowledgeStore? Store, KnowledgeLoadResult Load) Open(string folder, TimeProvider? time = null, ILogger<KnowledgeStore>? logger = null, KnowledgeCache? cache = null)
    {
        time ??= TimeProvider.System;
        var load = Load(folder, time, cache);
        return load.Snapshot is null
            ? (null, load)
            : (new KnowledgeStore(System.IO.Path.GetFullPath(folder), load.Snapshot, time, logger ?? NullLogger<KnowledgeStore>.Instance, cache), load);
    }

    public ReloadResult Reload(string trigger)
    {
        lock (_reloadLock)
        {
            var started = _time.GetTimestamp();
            var load = Load(_folder, _time, _cache);
            var elapsed = _time.GetElapsedTime(started);
            if (load.Snapshot is null)
            {
                var failed = new ReloadResult(false, KnowledgeDiff.None, load.Problems, elapsed, trigger);
                _logger.LogWarning(
                    "Knowledge reload by {Trigger} rejected after {ElapsedMs} ms with {ErrorCount} error(s); the previous knowledge keeps serving. First: {FirstError}",
                    trigger, (long)elapsed.TotalMilliseconds, load.Errors.Count(), load.Errors.First().ToString());
                return failed;
            }

            var diff = Diff(Current, load.Snapshot);
            Volatile.Write(ref _current, load.Snapshot);
            var result = new ReloadResult(true, diff, load.Problems, elapsed, trigger);
            _logger.LogInformation(
                "Knowledge reloaded by {Trigger} in {ElapsedMs} ms: {Added} added, {Changed} changed, {Removed} removed ({CardCount} cards)",
                trigger, (long)elapsed.TotalMilliseconds, diff.Added.Count, diff.Changed.Count, diff.Removed.Count, load.Snapshot.Cards.Count);
            Reloaded?.Invoke(this, result);
            return result;
        }
    }

    private static KnowledgeLoadResult Load(string folder, TimeProvider time, KnowledgeCache? cache) =>
        cache is null ? KnowledgeLoader.Load(folder, timeProvider: time) : cache.Load(folder, time).Result;

    internal static KnowledgeDiff Diff(KnowledgeSnapshot before, KnowledgeSnapshot after)
    {
        var added = after.Cards.Where(c => !before.CardsById.ContainsKey(c.Id)).Select(c => c.Id).ToArray();
        var removed = before.Cards.Where(c => !after.CardsById.ContainsKey(c.Id)).Select(c => c.Id).ToArray();
        var changed = after.Cards
            .Where(c => before.CardsById.TryGetValue(c.Id, out var old) && !SameContent(old, c))
            .Select(c => c.Id)
            .ToArray();
        return new KnowledgeDiff(added, changed, removed);
    }

    private static bool SameContent(Card a, Card b) =>
        a.Title == b.Title && a.Answer == b.Answer && a.AnswerEn == b.AnswerEn && a.Date == b.Date && a.DatePrecision == b.DatePrecision
        && a.Questions.SequenceEqual(b.Questions) && a.SourceIds.SequenceEqual(b.SourceIds)
        && a.Keywords.SequenceEqual(b.Keywords) && a.Related.SequenceEqual(b.Related) && a.Tags.SequenceEqual(b.Tags)
        && a.NotCovered.SequenceEqual(b.NotCovered);
}
