using BeritaBot.Core.Caching;

namespace BeritaBot.Core.Tests.Caching;

public class BoundedCacheTests
{
    [Fact]
    public void TryAdd_BeyondCapacity_ForgetsTheOldestFirst()
    {
        var cache = new BoundedCache<string, int>(2);

        cache.TryAdd("a", 1);
        cache.TryAdd("b", 2);
        cache.TryAdd("c", 3);

        Assert.False(cache.TryGet("a", out _));
        Assert.True(cache.TryGet("b", out var b));
        Assert.Equal(2, b);
        Assert.True(cache.TryGet("c", out _));
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void TryAdd_KeyAlreadyHeld_ReturnsFalseAndKeepsTheFirstValue()
    {
        var cache = new BoundedCache<long, string>(4);
        cache.TryAdd(7, "eerste");

        Assert.False(cache.TryAdd(7, "tweede"));

        Assert.True(cache.TryGet(7, out var value));
        Assert.Equal("eerste", value);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void TryAdd_ManyThreads_NeverHoldsMoreThanCapacity()
    {
        var cache = new BoundedCache<int, int>(100);

        Parallel.For(0, 10_000, i => cache.TryAdd(i, i));

        Assert.Equal(100, cache.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_CapacityBelowOne_Throws(int capacity)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoundedCache<string, int>(capacity));
    }

    [Fact]
    public void Remove_HeldKey_CanBeAddedAgain()
    {
        var cache = new BoundedCache<int, string>(capacity: 3);
        cache.TryAdd(1, "a");

        Assert.True(cache.Remove(1));
        Assert.False(cache.TryGet(1, out _));
        Assert.True(cache.TryAdd(1, "b"));
        Assert.True(cache.TryGet(1, out var again));
        Assert.Equal("b", again);
    }

    [Fact]
    public void Remove_ThenManyAdds_StaysWithinCapacity()
    {
        var cache = new BoundedCache<int, int>(capacity: 4);
        for (var i = 0; i < 100; i++)
        {
            cache.TryAdd(i, i);
            cache.Remove(i - 2);
            cache.TryAdd(i - 2, i);
        }

        Assert.InRange(cache.Count, 1, 4);
    }
}
