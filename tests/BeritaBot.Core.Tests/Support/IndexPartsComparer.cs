using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Support;

/// <summary>Asserts two indexes' parts equal field by field, to the bit for every weight.</summary>
internal static class IndexPartsComparer
{
    public static void AssertEqual(CardIndexParts expected, CardIndexParts actual)
    {
        Assert.Equal(expected.Vocabulary, actual.Vocabulary);
        Assert.Equal(expected.Terms, actual.Terms);
        Assert.Equal(expected.Postings.Length, actual.Postings.Length);
        for (var t = 0; t < expected.Postings.Length; t++)
        {
            Assert.Equal(expected.Postings[t], actual.Postings[t]);
        }

        Assert.Equal(expected.Idf.Select(BitConverter.DoubleToInt64Bits), actual.Idf.Select(BitConverter.DoubleToInt64Bits));
        AssertEqual(expected.Phrasings, actual.Phrasings);
        AssertEqual(expected.NotCovered, actual.NotCovered);
        Assert.Equal(expected.IntentMasks, actual.IntentMasks);
        Assert.Equal(expected.AnswerKinds, actual.AnswerKinds);
        Assert.Equal(expected.GivesDay, actual.GivesDay);
        Assert.Equal(expected.GivesCount, actual.GivesCount);
        Assert.Equal(expected.GivesDuration, actual.GivesDuration);
        Assert.Equal(expected.IsName, actual.IsName);
        Assert.Equal(expected.Speakers.Starts, actual.Speakers.Starts);
        Assert.Equal(expected.Speakers.Ids, actual.Speakers.Ids);
        Assert.Equal(expected.Counted.Starts, actual.Counted.Starts);
        Assert.Equal(expected.Counted.Ids, actual.Counted.Ids);
        Assert.Equal(expected.EntityKind, actual.EntityKind);
        Assert.Equal(expected.SortedSurfaceWords, actual.SortedSurfaceWords);
    }

    private static void AssertEqual(IndexedPhrasing[][] expected, IndexedPhrasing[][] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var c = 0; c < expected.Length; c++)
        {
            Assert.Equal(expected[c].Length, actual[c].Length);
            for (var p = 0; p < expected[c].Length; p++)
            {
                var (e, a) = (expected[c][p], actual[c][p]);
                Assert.Equal(e.Text, a.Text);
                Assert.Equal(e.TermIds, a.TermIds);
                Assert.Equal(BitConverter.DoubleToInt64Bits(e.Weight), BitConverter.DoubleToInt64Bits(a.Weight));
                Assert.Equal(e.SortedUtf8, a.SortedUtf8);
                Assert.Equal(e.Intent, a.Intent);
                Assert.Equal(e.Language, a.Language);
                Assert.Equal(e.OpenTerms, a.OpenTerms);
            }
        }
    }
}
