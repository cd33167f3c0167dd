using BeritaBot.Core.Coordination;

namespace BeritaBot.Core.Tests.Coordination;

public class MemoryButtonTokenStoreTests
{
    [Fact]
    public void Add_BeyondTheCapacity_ForgetsTheOldestFirst()
    {
        var store = new MemoryButtonTokenStore(2);
        var first = store.Add("one");
        var second = store.Add("two");

        var third = store.Add("three");

        Assert.Null(store.Find(first));
        Assert.Equal("two", store.Find(second));
        Assert.Equal("three", store.Find(third));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void Add_ManyPayloads_GivesDistinctWellFormedTokens()
    {
        var store = new MemoryButtonTokenStore(1000);

        var tokens = Enumerable.Range(0, 1000).Select(i => store.Add("p" + i)).ToList();

        Assert.Equal(1000, tokens.Distinct(StringComparer.Ordinal).Count());
        Assert.All(tokens, t => Assert.True(ButtonToken.IsWellFormed(t), t));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("ABCDEFGHIJKL")]
    [InlineData("abcdefghijk-")]
    [InlineData("abcdefghijklm")]
    public void IsWellFormed_AnythingButATokensShape_IsFalse(string? token) => Assert.False(ButtonToken.IsWellFormed(token));
}
