using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Matching;

/// <summary>Typo correction against the real knowledge's vocabulary, as questions meet it.</summary>
public class TypoCorrectorTests
{
    private static QuestionAnalyzer Analyzer => RealKnowledge.Snapshot.Index.Analyzer;

    [Theory]
    [InlineData("pasinyan", "pashinyan")]
    [InlineData("pashinyn", "pashinyan")]
    [InlineData("azerbaijn", "azerbaijan")]
    [InlineData("azerbaijam", "azerbaijan")]
    [InlineData("gencatn", "gencatan")]
    [InlineData("senjta", "senjata")]
    [InlineData("kremlinn", "kremlin")]
    public void Analyze_MisspeltWord_MeetsTheCorrectSpelling(string typo, string correct)
    {
        var fixedUp = Analyzer.Analyze(typo, correctTypos: true);
        var expected = Analyzer.Analyze(correct, correctTypos: true);

        Assert.NotEmpty(expected.Terms);
        Assert.Equal(expected.Terms, fixedUp.Terms);
    }

    [Theory]
    [InlineData("berpa korban perang", QuestionIntent.Quantity)]
    [InlineData("bagaimna nasib shusha", QuestionIntent.Manner)]
    [InlineData("tanggl berapa gencatan senjata ditandatangani", QuestionIntent.Date)]
    [InlineData("pada tanghal berapa gencatan senjata ditandatangani", QuestionIntent.Date)]
    public void Analyze_MisspeltQuestionWord_KeepsTheKindItAsks(string question, QuestionIntent intent)
    {
        Assert.Equal(intent, Analyzer.Analyze(question, correctTypos: true).Intent);
    }

    [Theory]
    [InlineData("apakh gencatan senjata berlaku", "apakah gencatan senjata berlaku")]
    [InlineData("siapakh yang memimpin", "siapakah yang memimpin")]
    public void Analyze_SlipInAChatFormOfAQuestionWord_ReadsAsThatForm(string typo, string meant)
    {
        var fixedUp = Analyzer.Analyze(typo, correctTypos: true);
        var expected = Analyzer.Analyze(meant, correctTypos: true);

        Assert.Equal(expected.Intent, fixedUp.Intent);
        Assert.Equal(expected.Terms, fixedUp.Terms);
        Assert.Equal(1, fixedUp.Corrections);
    }

    [Fact]
    public void Analyze_Lahir_IsNotCorrectedToAkhir()
    {
        var lahir = Analyzer.Analyze("lahir", correctTypos: true);
        var akhir = Analyzer.Analyze("akhir", correctTypos: true);

        Assert.Equal(0, lahir.Corrections);
        Assert.NotEqual(akhir.Terms, lahir.Terms);
    }

    [Theory]
    [InlineData("pashinyan")]
    [InlineData("gencatan")]
    [InlineData("2020")]
    public void Analyze_KnownWord_IsNotCorrected(string word)
    {
        Assert.Equal(0, Analyzer.Analyze(word, correctTypos: true).Corrections);
    }

    [Theory]
    [InlineData("kanada")]
    [InlineData("dialokasiin")]
    public void Analyze_SplitLeavingAParticleOrPronoun_IsNotTaken(string word)
    {
        var analyzed = Analyzer.Analyze(word, correctTypos: true);

        Assert.DoesNotContain("dia", analyzed.Terms);
        Assert.DoesNotContain("kan", analyzed.Terms);
        Assert.NotEmpty(analyzed.Terms);
    }

    [Fact]
    public void Analyze_ChatVerbWhoseFormalStemIsKnown_IsNotCorrected()
    {
        var chat = Analyzer.Analyze("dialokasiin", correctTypos: true);
        var formal = Analyzer.Analyze("dialokasikan", correctTypos: true);

        Assert.Equal(0, chat.Corrections);
        Assert.Equal(formal.Terms, chat.Terms);
    }

    [Theory]
    [InlineData("menewaskan")]
    [InlineData("senang")]
    [InlineData("drone")]
    [InlineData("policy")]
    [InlineData("palestina")]
    public void Analyze_RealWordTheKnowledgeNeverUses_IsNotBentIntoAnother(string word)
    {
        var analyzed = Analyzer.Analyze(word, correctTypos: true);

        Assert.Equal(0, analyzed.Corrections);
        Assert.Single(analyzed.Terms);
    }

    [Theory]
    [InlineData("manage", "mana", false)]
    [InlineData("padang", "pada", false)]
    [InlineData("menewaskan", "menegaskan", false)]
    [InlineData("pantau", "pemantau", true)]
    [InlineData("protesting", "protest", true)]
    [InlineData("senjta", "senjata", true)]
    [InlineData("ditanya", "ditanam", false)]
    [InlineData("penganti", "pengganti", true)]
    [InlineData("dimilki", "dimiliki", true)]
    public void IsOtherRealWord_WordAndCorrection_TellsRealWordsFromFormsAndTypos(string word, string correction, bool allowed)
    {
        Assert.Equal(!allowed, GeneralLexicon.IsOtherRealWord(word, correction));
    }

    [Fact]
    public void Correct_SmallVocabulary_PicksTheClosestWordAndItsSimilarity()
    {
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["pashinyan"] = 3, ["putin"] = 5, ["akhir"] = 2 });

        var fix = corrector.Correct("pashinyann");

        Assert.NotNull(fix);
        Assert.Equal("pashinyan", fix.Value.Word);
        Assert.InRange(fix.Value.Similarity, 0.8, 1.0);
    }

    [Fact]
    public void Correct_SlipInAFramingWordTheKnowledgeLacks_LandsOnTheFramingWord()
    {
        // A knowledge that never writes "tanggal" but has "tangga": "tanggl berapa" still asks for a date.
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["tangga"] = 9, ["rumah"] = 4 });

        Assert.Equal("tanggal", corrector.Correct("tanggl")?.Word);
    }

    [Fact]
    public void Correct_ShortWordWithTwoLettersMore_IsNotTakenForIt()
    {
        // "lachin" is a name the knowledge lacks; "lain" shares enough letters for the ratio but not a plausible slip.
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["lain"] = 9, ["koridor"] = 2 });

        Assert.Null(corrector.Correct("lachin"));
        Assert.Equal("lain", corrector.Correct("laini")?.Word);
    }

    [Fact]
    public void Correct_SwapAndDroppedLetterBothFit_TakesTheWordTheKnowledgeUsesMore()
    {
        // "agng" is one swap from "gang" and one dropped letter from "agung"; the knowledge says "agung" far more.
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["gang"] = 1, ["agung"] = 12 });

        Assert.Equal("agung", corrector.Correct("agng")?.Word);
        Assert.Equal("gang", new TypoCorrector(new Dictionary<string, int> { ["gang"] = 12, ["agung"] = 1 }).Correct("agng")?.Word);
    }

    [Fact]
    public void Correct_SlipInALexiconWordTheKnowledgeLacks_LandsOnTheLexiconWord()
    {
        // The cards say "posisi"; the reader means "jabatan", which the lexicon reads as the same thing.
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["posisi"] = 3, ["jabat"] = 1 });

        Assert.Equal("jabatan", corrector.Correct("jabtan")?.Word);
    }

    [Fact]
    public void Correct_SlipBeforeAClitic_CorrectsTheWordWithoutIt()
    {
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["menteri"] = 3, ["jabatan"] = 2 });

        Assert.Equal("jabatan", corrector.Correct("jabtannya")?.Word);
    }

    [Fact]
    public void Analyze_EnglishQuestionNamingAnOutletEndingInS_KeepsTheName()
    {
        // "Kompas" is an outlet the knowledge names, not the plural of "kompa".
        var reading = Analyzer.Analyze("According to the Kompas report, who mediated the ceasefire?", correctTypos: true);

        Assert.Contains("kompas", reading.Terms);
    }

    [Theory]
    [InlineData("lahir")]
    [InlineData("abc")]
    [InlineData("1234")]
    [InlineData("zzzzzzzz")]
    public void Correct_NoCloseWord_ReturnsNull(string word)
    {
        var corrector = new TypoCorrector(new Dictionary<string, int> { ["pashinyan"] = 3, ["putin"] = 5, ["akhir"] = 2, ["1235"] = 1 });

        Assert.Null(corrector.Correct(word));
    }
}
