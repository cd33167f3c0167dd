using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>The question is read once into a value: its parts, terms, kind and language.</summary>
public class QuestionReaderTests
{
    private static readonly CardIndex Index = CardIndex.Build(
    [
        new Card
        {
            Id = "gencatan",
            Title = "Gencatan senjata",
            Questions = ["Kapan gencatan senjata ditandatangani?"],
            Answer = "Gencatan senjata ditandatangani pada 10 November 2020.",
            SourceIds = ["s"],
            FilePath = "gencatan.md",
        },
    ], AliasTable.Empty);

    [Fact]
    public void Read_TwoPartQuestion_HoldsTheWholeAndItsFirstClause()
    {
        const string Question = "kapan gencatan senjata ditandatangani, dan apa isi perjanjiannya?";

        var reading = QuestionReader.Read(Index, Question, TextNormalizer.Tokenize(Question));

        Assert.NotNull(reading.Clause);
        Assert.DoesNotContain("isi", reading.Clause!.Terms);
        Assert.Contains("isi", reading.Whole.Terms);
        Assert.Equal(QuestionIntent.Date, reading.Kind);
        Assert.Empty(reading.Sentences);
    }

    [Fact]
    public void Read_SeveralSentences_ReadsEachWithItsOwnKind()
    {
        const string Question = "gencatan senjata ditandatangani kpn? when was it signed?";

        var reading = QuestionReader.Read(Index, Question, TextNormalizer.Tokenize(Question));

        Assert.Equal(2, reading.Sentences.Count);
        Assert.Equal(AnswerLanguage.Indonesian, reading.Sentences[0].Language);
        Assert.Equal(AnswerLanguage.English, reading.Sentences[1].Language);
        Assert.All(reading.Sentences, s => Assert.Equal(QuestionIntent.Date, s.Kind));
    }

    [Fact]
    public void Read_Terms_KeepTheirPositionsAndTypoWeights()
    {
        const string Question = "kapan gencatan senjta ditandatangani";

        var reading = QuestionReader.Read(Index, Question, TextNormalizer.Tokenize(Question));

        Assert.Equal(reading.Whole.Terms.Count, reading.Whole.TermPositions.Count);
        Assert.Contains(reading.Whole.Factors, f => f < 1);
    }

    [Fact]
    public void Read_WordAnAliasSpellsAsTwo_WeighsAsOneWord()
    {
        var index = CardIndex.Build(Index.Cards, new AliasTable([["gencatan senjata", "truce"]]));
        const string Question = "when was the truce signed";

        var reading = QuestionReader.Read(index, Question, TextNormalizer.Tokenize(Question));

        var truceAt = TextNormalizer.Tokenize(Question).IndexOf("truce");
        var spelled = Enumerable.Range(0, reading.Whole.Terms.Count).Where(i => reading.Whole.TermPositions[i] == truceAt).ToArray();
        Assert.Equal(2, spelled.Length);
        Assert.Equal(1.0, spelled.Sum(i => reading.Whole.Factors[i]), precision: 6);
    }

    [Theory]
    [InlineData("Berapa warga Kabupaten Bekasi?", false)]
    [InlineData("berapa warga kabupaten bekasi?", true)]
    public void Read_CapitalisedNameTheKnowledgeLacks_IsNotBentIntoALexiconWord(string question, bool corrected)
    {
        var reading = QuestionReader.Read(Index, question, TextNormalizer.Tokenize(question));

        Assert.Equal(corrected, !reading.Whole.Terms.Contains("bekasi"));
    }
}
