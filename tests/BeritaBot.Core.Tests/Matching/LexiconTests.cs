using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>The word lists are data with rules: a word's roles must be settled by the declared order.</summary>
public class LexiconTests
{
    [Fact]
    public void Conflicts_ShippedRolesFile_HasNone()
    {
        Assert.Empty(WordRoles.Conflicts());
    }

    [Theory]
    [InlineData("!precedence number chat question stop\n[stop]\nyg\n[chat]\nyg=yang\n", "yg: rewritten")]
    [InlineData("!precedence number chat question stop\n[chat]\nyg=yang yng=yg\n", "yng: rewrites to 'yg'")]
    [InlineData("!precedence number chat question\n[question]\napa\n[stop]\napa\n", "apa: role 'stop' has no place")]
    public void ConflictsIn_RolesTheOrderDoesNotSettle_AreReported(string file, string expected)
    {
        Assert.Contains(WordRoles.ConflictsIn(file), c => c.StartsWith(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void ConflictsIn_LanguageMarkerBesideAnotherRole_IsNoConflict()
    {
        Assert.Empty(WordRoles.ConflictsIn("!precedence number chat question stop\n!independent english\n[question]\nwhat\n[english]\nwhat\n"));
    }

    [Fact]
    public void Synonyms_NoWordIsAStopOrQuestionWord()
    {
        // Stop and question words are dropped before any synonym is looked up: such an entry would never be read.
        var dead = SynonymLexicon.Groups.SelectMany(g => g)
            .Where(w => WordRoles.Words(WordRoles.Stop).Contains(w) || WordRoles.Words(WordRoles.Question).Contains(w))
            .ToArray();

        Assert.Empty(dead);
    }

    [Fact]
    public void Synonyms_ChatFormInAGroup_RewritesToAWordOfThatGroup()
    {
        // A chat form is rewritten while the text is split, the lexicon's own entries too: "sma" listed as high school
        // but read as chat "sama" made every "sama" mean "sekolah menengah atas". "jubir" beside "juru bicara" is fine.
        // Groups leaves out several-word entries ("wakil presiden"); Phrases holds those groups whole.
        var astray = SynonymLexicon.Groups.Concat(SynonymLexicon.Phrases)
            .SelectMany(g => g.SelectMany(w => w.Split(' ')).Where(WordRoles.ChatForms.ContainsKey)
                .Where(t => !g.Contains(WordRoles.ChatForms[t]) && !SynonymLexicon.Phrases.Any(p => p.Contains(t) && p.Contains(WordRoles.ChatForms[t]))))
            .Distinct()
            .ToArray();

        Assert.Empty(astray);
    }

    [Fact]
    public void ChatForms_AreGeneralUsage_AndReachTheirStandardWord()
    {
        Assert.Equal("yang", WordRoles.ChatForms["yg"]);
        Assert.Equal("3", WordRoles.NumberWords["tiga"]);
        Assert.Contains("kapan", (IReadOnlySet<string>)IntentDetector.QuestionWords);
    }

    [Fact]
    public void Synonyms_EveryEntry_IsListedInOneGroupOnly()
    {
        // The first group listing a word wins, so a second listing is dead text that reads as if it worked:
        // "struck" under both "attack" and "hit" meant only "attack".
        // Groups holds the one-word entries; a group with a several-word entry is in Phrases too, whole.
        var twice = SynonymLexicon.Groups.Select(g => g.Distinct())
            .Concat(SynonymLexicon.Phrases.Select(g => g.Where(w => w.Contains(' ')).Distinct()))
            .SelectMany(g => g)
            .GroupBy(w => w, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key)
            .ToArray();

        Assert.Empty(twice);
    }

    [Fact]
    public void ConceptOfWritten_EveryListedWord_ReadsAsTheFirstGroupListingIt()
    {
        var first = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in SynonymLexicon.Groups)
        {
            foreach (var word in group)
            {
                first.TryAdd(word, group[0]);
            }
        }

        var astray = first.Where(p => SynonymLexicon.ConceptOfWritten(p.Key) != SynonymLexicon.ConceptOfWritten(p.Value)).Select(p => p.Key).ToArray();

        Assert.Empty(astray);
    }

    [Fact]
    public void Analyze_ListedWordWhoseStemDependsOnTheKnowledge_MeetsItsEnglishSynonym()
    {
        // With "partai" among the cards' words the stemmer leaves it whole; the lexicon is read before stemming.
        var index = CardIndex.Build(
        [
            new Card { Id = "p", Title = "Partai pemenang", Questions = ["Partai mana yang menang?"], Answer = "Partai Hijau menang.", SourceIds = ["s"], FilePath = "p.md" },
        ], AliasTable.Empty);

        var indonesian = index.Analyzer.Analyze("partai", correctTypos: false).Terms;
        var english = index.Analyzer.Analyze("party", correctTypos: false).Terms;

        Assert.Equal(indonesian, english);
    }

    [Theory]
    [InlineData("2 October 2023", "2 Oktober 2023")]
    [InlineData("1 okt", "1 oktober")]
    [InlineData("aug 17", "17 agustus")]
    public void Analyze_MonthInEnglishOrShortForm_MeetsTheIndonesianMonth(string written, string indonesian)
    {
        var analyzer = RealKnowledge.Snapshot.Index.Analyzer;

        Assert.Equal(
            analyzer.Analyze(indonesian, correctTypos: true).Terms.Order(),
            analyzer.Analyze(written, correctTypos: true).Terms.Order());
    }
}
