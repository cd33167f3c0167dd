using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

/// <summary>The repository's knowledge folder, as shipped: the loader must accept it and editors' rules must hold.</summary>
public class RealKnowledgeTests
{
    [Fact]
    public void Resolve_FromTestBaseDirectory_FindsTheRepositoryKnowledge()
    {
        Assert.True(File.Exists(Path.Combine(RealKnowledge.Folder, KnowledgeLoader.SourcesFile)), RealKnowledge.Folder);
    }

    [Fact]
    public void Load_RealKnowledge_HasNoErrorsAndAtLeastSixtyCards()
    {
        var result = RealKnowledge.Load;

        Assert.Empty(result.Errors);
        Assert.True(result.Succeeded);
        Assert.True(result.Snapshot!.Cards.Count >= 60, $"only {result.Snapshot.Cards.Count} cards");
    }

    [Fact]
    public void Load_RealKnowledge_EveryCardHasFourQuestionsSourcesAndAnEnglishAnswer()
    {
        var snapshot = RealKnowledge.Snapshot;

        Assert.All(snapshot.Cards, card =>
        {
            Assert.True(card.Questions.Count >= 4, $"{card.Id} has {card.Questions.Count} questions");
            Assert.NotEmpty(card.SourceIds);
            Assert.All(card.SourceIds, id => Assert.True(snapshot.SourcesById.ContainsKey(id), $"{card.Id} cites unknown source {id}"));
            Assert.False(string.IsNullOrWhiteSpace(card.AnswerEn), $"{card.Id} has no answer_en");
            Assert.All(card.Related, id => Assert.True(snapshot.CardsById.ContainsKey(id), $"{card.Id} relates to unknown card {id}"));
        });
    }
}
