using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>"What happened the day before X": the event next to X, not X itself.</summary>
public class RelativeEventTests
{
    private static readonly CardIndex Index = CardIndex.Build(
    [
        NewCard(
            "rapat",
            "Menteri bertemu gubernur",
            "Menteri bertemu gubernur di balai kota untuk membahas banjir.",
            ["pawai"],
            "Di mana menteri bertemu gubernur?", "menteri ketemu gubernur dmn?", "Where did the minister meet the governor?"),
        // Its answer places it a day before the meeting; none of its phrasings says so.
        NewCard(
            "tanggul",
            "Tanggul jebol",
            "Tanggul sungai jebol dan merendam kampung, sehari sebelum menteri bertemu gubernur.",
            [],
            "Kapan tanggul sungai jebol?", "tanggul jebol kpn?", "When did the river dam break?") with
        {
            AnswerEn = "The river dam broke and flooded the village the day before the minister met the governor.",
        },
        // Placed a day before the parade, whose card says little else about it.
        NewCard(
            "upacara",
            "Upacara pembukaan",
            "Upacara pembukaan digelar sehari sebelum acara utama.",
            [],
            "Kapan upacara pembukaan digelar?", "upacara pembukaan kpn?", "When was the opening ceremony?"),
        NewCard(
            "pawai",
            "Pawai budaya di alun-alun",
            "Pawai budaya melintasi alun-alun kota pada hari Minggu.",
            ["upacara", "rapat"],
            "Kapan pawai budaya di alun-alun?", "pawai budaya kpn?", "When was the culture parade?"),
    ], AliasTable.Empty);

    [Theory]
    [InlineData("sehari sebelum", RelativeDayPhrases.DayBefore)]
    [InlineData("satu hari sebelumnya", RelativeDayPhrases.DayBefore)]
    [InlineData("the day before", RelativeDayPhrases.DayBefore)]
    [InlineData("keesokan harinya", RelativeDayPhrases.DayAfter)]
    [InlineData("a day after", RelativeDayPhrases.DayAfter)]
    public void Merge_RelativeDayPhrase_BecomesOneTerm(string phrase, string term)
    {
        var tokens = TextNormalizer.Tokenize("apa yang terjadi " + phrase + " rapat");

        RelativeDayPhrases.Merge(tokens);

        Assert.Contains(term, tokens);
        Assert.Equal("rapat", tokens[^1]);
    }

    [Theory]
    [InlineData("apa yang terjadi sehari sebelum menteri bertemu gubernur?")]
    [InlineData("what happened the day before the minister met the governor?")]
    public void Match_DayBeforeAnEvent_FindsTheCardPlacingItsEventThere(string question)
    {
        var match = CardMatcher.Match(Index, question, keep: 2);

        Assert.Equal("tanggul", Index.Cards[match.Best!.Card].Id);
    }

    [Fact]
    public void Match_SameEventWithoutTheRelation_FindsTheEventItself()
    {
        var match = CardMatcher.Match(Index, "menteri bertemu gubernur dimana?", keep: 1);

        Assert.Equal("rapat", Index.Cards[match.Best!.Card].Id);
    }

    [Fact]
    public void Match_DayBeforeAnEventItsCardRelates_FindsTheRelatedCardAsConfidentlyAsTheEvent()
    {
        var parade = CardMatcher.Match(Index, "pawai budaya di alun-alun", keep: 1).Best!;

        var match = CardMatcher.Match(Index, "sehari sebelum pawai budaya di alun-alun ada apa?", keep: 2);

        Assert.Equal("upacara", Index.Cards[match.Best!.Card].Id);
        Assert.True(match.Best.Confidence >= parade.Confidence * 0.9, $"{match.Best.Confidence} vs {parade.Confidence}");
    }

    private static Card NewCard(string id, string title, string answer, string[] related, params string[] questions) => new()
    {
        Id = id,
        Title = title,
        Answer = answer,
        Questions = questions,
        SourceIds = ["s"],
        Related = related,
        FilePath = id + ".md",
    };
}
