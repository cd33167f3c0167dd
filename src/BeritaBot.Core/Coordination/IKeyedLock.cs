namespace BeritaBot.Core.Coordination;

/// <summary>
/// Mutual exclusion per key across every instance, e.g. per chat so one chat's updates are handled one at a time in
/// the order they arrive even when two instances receive them.
/// </summary>
public interface IKeyedLock
{
    /// <summary>Waits for the key and holds it until the returned handle is disposed.</summary>
    ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken);
}
