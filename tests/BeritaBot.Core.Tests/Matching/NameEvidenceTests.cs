using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Matching.Scoring;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>
/// Names and attributes as evidence without <c>entities.yaml</c>: one name in place of another is another card's
/// question, and "how old" asks an age a card may not give.
/// </summary>
public class NameEvidenceTests
{
    private static readonly CardIndex Index = CardIndex.Build(
    [
        TestCards.New(
            "banjir-serang",
            "Banjir bandang di Serang",
            "Banjir bandang melanda Serang pada 24 Mei 2013; 225 orang meninggal menurut BPBD setempat.",
            "Kapan banjir bandang melanda Serang?",
            "Berapa korban banjir bandang di Serang?"),
        // Makes Pacitan a name the knowledge knows, as it would be on a coverage of many regions.
        TestCards.New(
            "gempa-pacitan",
            "Gempa di Pacitan",
            "Gempa mengguncang Pacitan pada 3 Juni 2016 tanpa korban jiwa.",
            "Kapan gempa mengguncang Pacitan?"),
        TestCards.New(
            "demo-gedung",
            "Demo mahasiswa di depan gedung dewan",
            "Ratusan mahasiswa berunjuk rasa di depan gedung dewan; penyelenggaranya tidak disebutkan.",
            "Siapa yang berunjuk rasa di depan gedung dewan?"),
    ], AliasTable.Empty);

    [Fact]
    public void Match_QuestionNamesAnotherPlaceThanThePhrasing_MarksTheNameSwapped()
    {
        var swapped = CardMatcher.Match(Index, "kapan banjir bandang melanda pacitan", keep: 3);
        var same = CardMatcher.Match(Index, "kapan banjir bandang melanda serang", keep: 1).Best!;

        var serang = swapped.Ranked.Single(c => Index.Cards[c.Card].Id == "banjir-serang");
        Assert.Equal(1, serang[MatchFeature.NameSwapped]);
        Assert.Equal("banjir-serang", Index.Cards[same.Card].Id);
        Assert.Equal(0, same[MatchFeature.NameSwapped]);
    }

    [Fact]
    public void Match_CapitalisedNameTheKnowledgeNeverUses_MarksTheNameSwapped()
    {
        // "Gianyar" is in no card: only its capital says it names a place.
        var typed = CardMatcher.MatchQuestion(Index, "Kapan banjir bandang melanda Gianyar?").Best!;
        var lower = CardMatcher.MatchQuestion(Index, "kapan banjir bandang melanda gianyar?").Best!;

        Assert.Equal("banjir-serang", Index.Cards[typed.Card].Id);
        Assert.Equal(1, typed[MatchFeature.NameSwapped]);
        Assert.Equal(0, lower[MatchFeature.NameSwapped]);
    }

    [Fact]
    public void Match_QuestionLeavesOutTheCardsName_IsNotASwap()
    {
        // Missing a name the card has is not naming another one.
        var best = CardMatcher.Match(Index, "kapan banjir bandang melanda", keep: 1).Best!;

        Assert.Equal("banjir-serang", Index.Cards[best.Card].Id);
        Assert.Equal(0, best[MatchFeature.NameSwapped]);
    }

    [Fact]
    public void Match_HowOldOfACardWithoutAnAge_MissesTheFocus()
    {
        var best = CardMatcher.Match(Index, "how old were the students who protested in front of the council building", keep: 1).Best!;

        Assert.Equal(QuestionIntent.Quantity, CardMatcher.Match(Index, "how old were the students", keep: 1).Query.Intent);
        Assert.Equal("demo-gedung", Index.Cards[best.Card].Id);
        Assert.Equal(1, best[MatchFeature.FocusMissing]);
    }
}
