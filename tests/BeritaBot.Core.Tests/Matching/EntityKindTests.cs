using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>Names of one kind (entities.yaml) are not interchangeable: the same question about another country is another question.</summary>
public class EntityKindTests
{
    private static readonly Card[] Cards =
    [
        new()
        {
            Id = "menlu-rusia",
            Title = "Menteri luar negeri Rusia",
            Answer = "Menteri luar negeri Rusia adalah Sergey Lavrov; ia ikut ke Armenia bersama delegasi Rusia.",
            Questions = ["Siapa menteri luar negeri Rusia?", "menlu rusia sp namanya?", "Who is Russia's foreign minister?"],
            SourceIds = ["s"],
            FilePath = "menlu-rusia.md",
        },
    ];

    private static readonly EntityKinds Kinds = new(new Dictionary<string, IReadOnlyList<string>>
    {
        ["country"] = ["rusia", "armenia"],
    });

    // The kinds list canonical spellings; aliases bring the English ones to them.
    private static readonly AliasTable Aliases = new([["rusia", "russia"], ["armenia", "armenian"]]);

    private static readonly CardIndex Typed = CardIndex.Build(Cards, Aliases, entities: Kinds);
    private static readonly CardIndex Untyped = CardIndex.Build(Cards, Aliases);

    [Theory]
    [InlineData("siapa menteri luar negeri armenia?")]
    [InlineData("who is armenia's foreign minister?")]
    public void Match_PhrasingNamesAnotherCountry_LowersConfidence(string question)
    {
        var withKinds = CardMatcher.Match(Typed, question, keep: 1).Best!;
        var without = CardMatcher.Match(Untyped, question, keep: 1).Best!;

        Assert.True(withKinds.Confidence < without.Confidence, $"{withKinds.Confidence} vs {without.Confidence}");
        Assert.Equal(1, withKinds[MatchFeature.SpeakerMismatch]);
        Assert.Equal(0, without[MatchFeature.SpeakerMismatch]);
    }

    [Fact]
    public void Match_SameCountryAsThePhrasing_KeepsConfidence()
    {
        const string Question = "siapa menteri luar negeri rusia?";

        Assert.Equal(
            CardMatcher.Match(Untyped, Question, keep: 1).Best!.Confidence,
            CardMatcher.Match(Typed, Question, keep: 1).Best!.Confidence,
            6);
    }

    [Fact]
    public void Match_QuestionAddsANameOfTheKindWithoutTheOtherMissing_KeepsConfidence()
    {
        // Both countries asked about: the phrasing's country is in the question, so nothing is swapped.
        const string Question = "menlu rusia yang ke armenia sp namanya?";

        Assert.Equal(
            CardMatcher.Match(Untyped, Question, keep: 1).Best!.Confidence,
            CardMatcher.Match(Typed, Question, keep: 1).Best!.Confidence,
            6);
    }
}
