using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

public class EditDistanceTests
{
    [Theory]
    [InlineData("sumbrnya", "sumbernya", true)]
    [InlineData("penuliss", "penulis", true)]
    [InlineData("artikle", "artikel", true)]
    [InlineData("berota", "berita", true)]
    [InlineData("berita", "berita", true)]
    [InlineData("brt", "berita", false)]
    [InlineData("artkle", "artikel", false)]
    [InlineData("penulis", "pemulis", true)]
    [InlineData("pewarta", "wartawan", false)]
    public void AtMostOne_Pair_TellsWhetherOneSlipApart(string a, string b, bool expected)
    {
        Assert.Equal(expected, EditDistance.AtMostOne(a, b));
        Assert.Equal(expected, EditDistance.AtMostOne(b, a));
    }
}
