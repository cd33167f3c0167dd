namespace BeritaBot.Core.Caching;

/// <summary>
/// A thread-safe map that holds at most <see cref="Capacity"/> entries and forgets the oldest first: what the
/// adapters remember of their own recent past (button tokens, update and event ids) without growing without end.
/// </summary>
public sealed class BoundedCache<TKey, TValue>
    where TKey : notnull
{
    private readonly Dictionary<TKey, TValue> _entries;
    private readonly Queue<TKey> _order = new();
    private readonly Lock _gate = new();

    public BoundedCache(int capacity, IEqualityComparer<TKey>? comparer = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Capacity = capacity;
        _entries = new Dictionary<TKey, TValue>(comparer);
    }

    public int Capacity { get; }

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>Adds the entry unless the key is already there.</summary>
    /// <returns>False when the key was already held (its value is left as it was).</returns>
    public bool TryAdd(TKey key, TValue value)
    {
        lock (_gate)
        {
            if (!_entries.TryAdd(key, value))
            {
                return false;
            }

            _order.Enqueue(key);
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }

            return true;
        }
    }

    /// <summary>Forgets the entry now, so the key can be added again.</summary>
    /// <remarks>
    /// Its place in the order stays: a key removed and added again is forgotten when its first addition would have
    /// been, a little early, never late, so the bound holds.
    /// </remarks>
    public bool Remove(TKey key)
    {
        lock (_gate)
        {
            return _entries.Remove(key);
        }
    }

    public bool TryGet(TKey key, out TValue value)
    {
        lock (_gate)
        {
            return _entries.TryGetValue(key, out value!);
        }
    }
}
