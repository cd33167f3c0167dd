using System.Diagnostics;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Insights.Tests.Fakes;

/// <summary>
/// A knowledge store that loads with the real <see cref="KnowledgeLoader"/> and keeps the old snapshot when a reload
/// fails, and remembers every reload it was asked for.
/// </summary>
public sealed class LoaderBackedStore : IKnowledgeStore
{
    private readonly Lock _gate = new();
    private readonly List<ReloadResult> _reloads = [];
    private KnowledgeSnapshot _current;

    public LoaderBackedStore(string folder)
    {
        var result = KnowledgeLoader.Load(folder);
        _current = result.Snapshot ?? throw new InvalidOperationException(
            "The test knowledge does not load: " + string.Join("; ", result.Errors));
    }

    public KnowledgeSnapshot Current => Volatile.Read(ref _current);

    public IReadOnlyList<ReloadResult> Reloads
    {
        get
        {
            lock (_gate)
            {
                return [.. _reloads];
            }
        }
    }

    public event EventHandler<ReloadResult>? Reloaded;

    public ReloadResult Reload(string trigger)
    {
        var started = Stopwatch.GetTimestamp();
        var loaded = KnowledgeLoader.Load(Current.Folder);
        ReloadResult result;
        lock (_gate)
        {
            if (loaded.Snapshot is { } snapshot)
            {
                var before = _current.CardsById;
                var diff = new KnowledgeDiff(
                    [.. snapshot.Cards.Where(c => !before.ContainsKey(c.Id)).Select(c => c.Id)],
                    [.. snapshot.Cards.Where(c => before.TryGetValue(c.Id, out var old) && !old.Questions.SequenceEqual(c.Questions)).Select(c => c.Id)],
                    [.. before.Keys.Where(id => !snapshot.CardsById.ContainsKey(id))]);
                Volatile.Write(ref _current, snapshot);
                result = new ReloadResult(true, diff, loaded.Problems, Stopwatch.GetElapsedTime(started), trigger);
            }
            else
            {
                result = new ReloadResult(false, KnowledgeDiff.None, loaded.Problems, Stopwatch.GetElapsedTime(started), trigger);
            }

            _reloads.Add(result);
        }

        if (result.Succeeded)
        {
            Reloaded?.Invoke(this, result);
        }

        return result;
    }
}
