using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Generation;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Tests.Generation;

public sealed class SyntheticKnowledgeGeneratorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "beritabot-tests", "generation-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Generate_SameSeed_SameCardsAndQuestions()
    {
        var first = SyntheticKnowledgeGenerator.Generate(200, seed: 7);
        var second = SyntheticKnowledgeGenerator.Generate(200, seed: 7);

        Assert.Equal(first.Cards.Select(KnowledgeFolderWriter.CardFile), second.Cards.Select(KnowledgeFolderWriter.CardFile));
        Assert.Equal(first.Queries, second.Queries);
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentCards()
    {
        var first = SyntheticKnowledgeGenerator.Generate(50, seed: 1);
        var second = SyntheticKnowledgeGenerator.Generate(50, seed: 2);

        Assert.NotEqual(first.Cards.Select(c => c.Title), second.Cards.Select(c => c.Title));
    }

    [Fact]
    public void Generate_QuestionCount_DoesNotChangeTheCards()
    {
        var few = SyntheticKnowledgeGenerator.Generate(100, seed: 3, queryCards: 5);
        var many = SyntheticKnowledgeGenerator.Generate(100, seed: 3, queryCards: 80);

        Assert.Equal(few.Cards.Select(KnowledgeFolderWriter.CardFile), many.Cards.Select(KnowledgeFolderWriter.CardFile));
        Assert.True(many.Queries.Count > few.Queries.Count);
    }

    [Fact]
    public void Generate_EveryCard_HasFourPhrasingsIncludingChatAndEnglishAndADistinctTitle()
    {
        var knowledge = SyntheticKnowledgeGenerator.Generate(400, seed: 1);

        Assert.All(knowledge.Cards, card =>
        {
            Assert.True(card.Questions.Count >= 4, card.Id);
            Assert.Contains(card.Questions, q => !q.Any(char.IsUpper));
            Assert.Contains(card.Questions, q => q.StartsWith("When ", StringComparison.Ordinal) || q.StartsWith("Wh", StringComparison.Ordinal) || q.StartsWith("How ", StringComparison.Ordinal));
        });
        Assert.Equal(knowledge.Cards.Count, knowledge.Cards.Select(c => c.Title).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(8, knowledge.Cards.Select(c => c.Tag).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_LinkProjects_NeverTheSameRoadNamedBothWays()
    {
        var knowledge = SyntheticKnowledgeGenerator.Generate(20_000, seed: 1, queryCards: 0);

        var links = knowledge.Cards
            .Where(c => c.Title.Contains('–', StringComparison.Ordinal))
            .Select(c => c.Title.Split('–'))
            .Select(p => (Kind: string.Join(' ', p[0].Split(' ')[..^1]), Ends: string.Join('|', new[] { p[0].Split(' ')[^1], p[1] }.Order(StringComparer.Ordinal))))
            .ToList();

        Assert.NotEmpty(links);
        Assert.Equal(links.Count, links.Distinct().Count());
    }

    [Fact]
    public void Generate_Questions_CoverEveryCategoryAndPointAtExistingCards()
    {
        var knowledge = SyntheticKnowledgeGenerator.Generate(300, seed: 1, queryCards: 40);
        var ids = knowledge.Cards.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(["chat", "none", "paraphrase", "typo"], knowledge.Queries.Select(q => q.Category).Distinct().Order(StringComparer.Ordinal));
        Assert.All(knowledge.Queries.Where(q => q.Category != "none"), q => Assert.Contains(q.ExpectedCardId!, ids));
        Assert.All(knowledge.Queries.Where(q => q.Category == "none"), q => Assert.Null(q.ExpectedCardId));
        var byId = knowledge.Cards.ToDictionary(c => c.Id, StringComparer.Ordinal);
        Assert.All(knowledge.Queries.Where(q => q.Category is "paraphrase" or "typo"), q =>
            Assert.DoesNotContain(q.Question, byId[q.ExpectedCardId!].Questions));
    }

    [Fact]
    public void WriteFolder_LargeSet_LoadsWithNoProblemsAndEveryCard()
    {
        // Over a thousand cards: the writer splits them into subfolders, which the loader must still find.
        var knowledge = SyntheticKnowledgeGenerator.Generate(1_200, seed: 5);
        var folder = Path.Combine(_root, "knowledge");

        SyntheticKnowledgeGenerator.WriteFolder(knowledge, folder);
        var load = KnowledgeLoader.Load(folder);

        Assert.Empty(load.Problems);
        Assert.NotNull(load.Snapshot);
        Assert.Equal(1_200, load.Snapshot.Cards.Count);
        Assert.True(Directory.GetDirectories(Path.Combine(folder, "cards")).Length > 1);
        var card = load.Snapshot.CardsById[knowledge.Cards[42].Id];
        Assert.Equal(knowledge.Cards[42].Questions, card.Questions);
        Assert.Equal(knowledge.Cards[42].AnswerEn, card.AnswerEn);
        Assert.Equal(knowledge.Cards[42].Date, card.Date);
        Assert.Equal(knowledge.Cards[42].DatePrecision, card.DatePrecision);
    }

    [Fact]
    public void WriteQueries_File_ReadsBackAsAnEvaluationSet()
    {
        var knowledge = SyntheticKnowledgeGenerator.Generate(100, seed: 1, queryCards: 10);
        var path = Path.Combine(_root, "queries.tsv");

        SyntheticKnowledgeGenerator.WriteQueries(knowledge, path);
        var cases = EvalSet.Load(path);

        Assert.Equal(knowledge.Queries.Select(q => (q.Category, q.ExpectedCardId ?? EvalSet.None, q.Question)), cases.Select(c => (c.Category, c.Expected, c.Question)));
    }

    [Fact]
    public void WriteFolder_FolderNotEmpty_ThrowsAndLeavesItAlone()
    {
        Directory.CreateDirectory(_root);
        var existing = Path.Combine(_root, "notes.txt");
        File.WriteAllText(existing, "jangan dihapus");

        var error = Assert.Throws<IOException>(() => SyntheticKnowledgeGenerator.WriteFolder(SyntheticKnowledgeGenerator.Generate(10, 1), _root));

        Assert.Contains("not empty", error.Message, StringComparison.Ordinal);
        Assert.Equal("jangan dihapus", File.ReadAllText(existing));
        Assert.False(Directory.Exists(Path.Combine(_root, "cards")));
    }

    [Fact]
    public void Misspell_LongWords_ChangesOneOfThemButNotTheFirstWord()
    {
        var random = new Random(11);
        const string text = "Berapa korban banjir di Palembang tahun 2019?";

        var misspelt = TypoMaker.Misspell(text, random);

        Assert.NotEqual(text, misspelt);
        Assert.StartsWith("Berapa ", misspelt, StringComparison.Ordinal);
        Assert.Equal(text.Split(' ').Length, misspelt.Split(' ').Length);
    }
}
