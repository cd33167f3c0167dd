namespace BeritaBot.Discord.Gateway;

/// <summary>A bounded set of recently seen ids; the oldest are forgotten first.</summary>
public sealed class RecentIds
{
    private readonly int capacity;
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public RecentIds(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
    }

    /// <summary>Adds the id; false if it was already there.</summary>
    public bool Add(string id)
    {
        lock (gate)
        {
            if (!ids.Add(id))
            {
                return false;
            }

            order.Enqueue(id);
            if (order.Count > capacity)
            {
                ids.Remove(order.Dequeue());
            }

            return true;
        }
    }
}
