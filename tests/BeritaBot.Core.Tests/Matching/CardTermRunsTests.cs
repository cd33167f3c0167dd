using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class CardTermRunsTests
{
    [Fact]
    public void Contains_RunsOfSeveralCards_FindsATermOnlyInItsOwnCardsRun()
    {
        var runs = CardTermRuns.From([[2, 5, 9], [], [5]]);

        Assert.Equal(3, runs.Cards);
        Assert.True(runs.Contains(0, 9));
        Assert.False(runs.Contains(1, 5));
        Assert.True(runs.Contains(2, 5));
        Assert.False(runs.Contains(2, 9));
    }

    [Theory]
    [InlineData(new[] { 0, 2, 3 }, 3, true)]
    [InlineData(new[] { 0, 3, 2 }, 3, false)]
    [InlineData(new[] { 0, 2, 4 }, 3, false)]
    [InlineData(new[] { 1, 2, 3 }, 3, false)]
    public void IsWellFormed_OffsetsReadBack_AreCheckedAgainstTheRuns(int[] starts, int ids, bool expected)
    {
        Assert.Equal(expected, new CardTermRuns(starts, new int[ids]).IsWellFormed);
    }
}
