using BeritaBot.Insights.Reporting;
using FuzzySharp;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class UnansweredGrouperTests
{
    private static readonly DateTimeOffset Asked = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly UnansweredGrouper _grouper = new(similarity: 90, maxGroupsToMerge: 5_000);

    [Theory]
    [InlineData("kapan perang mulai", "perang mulai kapan", true)]
    [InlineData("kapan perang mulai", "kapan perang mulia", true)]
    [InlineData("berapa korban perang karabakh", "berapa korban perang karabah", true)]
    [InlineData("siapa presiden rusia", "siapa presiden prancis", false)]
    [InlineData("kapan perang mulai", "kapan perang selesai", false)]
    [InlineData("erdoğan ke baku", "erdoğan ke baku", true)]
    [InlineData("ありがとう", "さようなら", false)]
    [InlineData("", "", true)]
    [InlineData("", "apa", false)]
    public void IsNearIdentical_Pairs_MatchTheThreshold(string a, string b, bool expected)
    {
        Assert.Equal(expected, _grouper.IsNearIdentical(a, b));
        Assert.Equal(expected, _grouper.IsNearIdentical(b, a));
    }

    [Fact]
    public void IsNearIdentical_ManyRandomPairs_AgreesWithThePlainTokenSortScore()
    {
        // The character-count bound only skips work: it must never reject a pair the full score would accept.
        var random = new Random(7);
        string[] words = ["kapan", "perang", "mulai", "mulia", "rusia", "armenia", "armenian", "berapa", "korban", "karabakh", "karabah", "apa", "itu"];
        var forms = Enumerable.Range(0, 300)
            .Select(_ => string.Join(' ', Enumerable.Range(0, 2 + random.Next(4)).Select(_ => words[random.Next(words.Length)])))
            .ToList();
        var accepted = 0;
        foreach (var a in forms)
        {
            foreach (var b in forms)
            {
                var expected = Fuzz.Ratio(SortTokens(a), SortTokens(b)) >= 90;
                Assert.True(expected == _grouper.IsNearIdentical(a, b), $"'{a}' vs '{b}'");
                accepted += expected ? 1 : 0;
            }
        }

        Assert.True(accepted > forms.Count, "the sample must contain near-identical pairs, not only self-pairs");
    }

    [Fact]
    public void Group_MostFrequentFormLeads_AndLaterFormsJoinIt()
    {
        DeclineRow[] rows =
        [
            new("kapan perang mulai", "Kapan perang dimulai?", "perang-mulai", 3, Asked, 0.4),
            new("perang mulai kapan", "Perang mulai kapan?", "perang-mulai", 1, Asked.AddMinutes(1), 0.3),
            new("kapan perang mulia", "kapan perang mulia", null, 1, Asked, 0),
            new("siapa presiden rusia", "Siapa presiden Rusia?", "vladimir-putin", 2, Asked, 0.45),
        ];

        var groups = _grouper.Group(rows, top: 10);

        Assert.Equal(2, groups.Count);
        Assert.Equal("kapan perang mulai", groups[0].NormalizedForm);
        Assert.Equal(5, groups[0].Count);
        Assert.Equal("Kapan perang dimulai?", groups[0].Example);
        Assert.Equal(Asked.AddMinutes(1), groups[0].LastAsked);
        Assert.Equal("siapa presiden rusia", groups[1].NormalizedForm);
    }

    [Fact]
    public void Group_BeyondTheMergeLimit_ListsFormsAsTheyAre()
    {
        var limited = new UnansweredGrouper(similarity: 90, maxGroupsToMerge: 1);
        DeclineRow[] rows =
        [
            new("kapan perang mulai", "a", null, 2, Asked, 0),
            new("perang mulai kapan", "b", null, 1, Asked, 0),
        ];

        Assert.Equal(2, limited.Group(rows, top: 10).Count);
        Assert.Single(_grouper.Group(rows, top: 10));
    }

    private static string SortTokens(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
}
