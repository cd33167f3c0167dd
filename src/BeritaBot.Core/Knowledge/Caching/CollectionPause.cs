using System.Runtime;

namespace BeritaBot.Core.Knowledge.Caching;

/// <summary>
/// Holds off garbage collection while the cache is read at start-up. Everything the read allocates stays alive, so a
/// collection during it would only copy live objects from one generation to the next: at 100,000 cards one collection
/// after the pause costs half the pauses of the ~35 it replaces (docs/performance.md, fast start). Best effort: when the runtime refuses (another pause is on,
/// or the size is beyond what it allows), or the read allocates more than announced, collections happen as usual.
/// </summary>
internal sealed class CollectionPause : IDisposable
{
    /// <summary>
    /// Above this the heap holds knowledge already (a reload): reserving room would take a full blocking collection
    /// (0.6 s with 100,000 cards loaded), pausing every reader, which costs more than the collections it saves.
    /// </summary>
    private const long SmallHeap = 64L << 20;

    private readonly bool _started;

    private CollectionPause(bool started)
    {
        _started = started;
    }

    /// <param name="bytes">What the phase will allocate at most.</param>
    public static CollectionPause Start(long bytes)
    {
        if (bytes <= 0 || GC.GetTotalMemory(forceFullCollection: false) > SmallHeap)
        {
            return new CollectionPause(false);
        }

        try
        {
            return new CollectionPause(GC.TryStartNoGCRegion(bytes));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // Too large for this runtime's limit, or another thread's pause is on: read with collections as usual.
            return new CollectionPause(false);
        }
    }

    public void Dispose()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The phase allocated more than announced and the runtime collected after all: it has left the pause itself.
        }
    }
}
