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
}
