using System.Text;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Knowledge;

/// <summary>Every kind of broken knowledge an editor can produce, with the file, line and message the loader must give.</summary>
public class KnowledgeLoaderErrorTests
{
    private const string Alpha = "cards/alpha.md";

    private static readonly string[] BombLines =
    [
        "---",
        "title: Bom",
        "questions: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
        "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
        "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
        "g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]",
        "h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g]",
        "i: &i [*h, *h, *h, *h, *h, *h, *h, *h, *h]",
        "sources: [src-one]",
        "---",
        "Bom.",
    ];

    /// <summary>Case name → how to break the folder, and where the error must point.</summary>
    private static readonly Dictionary<string, (Action<TempKnowledgeFolder> Break, string File, int Line, string Fragment)> Cases = new()
    {
        ["yaml bad indentation"] = (k => k.Write(Alpha, "---\ntitle: Judul\nquestions:\n  - satu\n - dua\nsources: [src-one]\n---\nJawaban.\n"), Alpha, 5, "malformed YAML"),
        ["yaml unclosed quote"] = (k => k.Write(Alpha, "---\ntitle: \"Judul tanpa penutup\nquestions: [a, b, c, d]\nsources: [src-one]\n---\nJawaban.\n"), Alpha, 2, "malformed YAML"),
        ["yaml unclosed inline list"] = (k => k.Write(Alpha, "---\ntitle: [T\nquestions: [a]\nsources: [src-one]\n---\nJawaban.\n"), Alpha, 2, "is not closed properly"),
        ["front matter missing"] = (k => k.Write(Alpha, "title: Judul\nquestions: [a]\nJawaban.\n"), Alpha, 1, "must start with a YAML front matter"),
        ["front matter not closed"] = (k => k.Write(Alpha, "---\ntitle: Judul\nquestions: [a, b, c, d]\nsources: [src-one]\nJawaban.\n"), Alpha, 1, "not closed"),
        ["questions missing"] = (k => k.Write(Alpha, "---\ntitle: Judul\nsources: [src-one]\n---\nJawaban.\n"), Alpha, 2, "'questions' is required"),
        ["questions empty"] = (k => k.Write(Alpha, "---\ntitle: Judul\nquestions: []\nsources: [src-one]\n---\nJawaban.\n"), Alpha, 3, "'questions' must have at least one item"),
        ["sources missing"] = (k => k.Write(Alpha, "---\ntitle: Judul\nquestions: [a, b, c, d]\n---\nJawaban.\n"), Alpha, 2, "'sources' is required"),
        ["body missing"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", body: "   ")), Alpha, 11, "answer"),
        ["unknown source id"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", sources: "\n  - src-one\n  - src-nope")), Alpha, 10, "unknown source id 'src-nope'"),
        ["duplicate card id"] = (k => { k.Write("cards/x/gamma.md", TempKnowledgeFolder.Card("Apa gamma?")); k.Write("cards/y/gamma.md", TempKnowledgeFolder.Card("Apa gamma lagi?")); }, "cards/y/gamma.md", 1, "duplicate card id 'gamma'"),
        ["related does not exist"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", extraFields: "related:\n  - beta\n  - ghost\n")), Alpha, 11, "related card 'ghost' does not exist"),
        ["answer too long"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", body: new string('a', 1501))), Alpha, 11, "1501 characters"),
        ["answer_en too long"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", answerEn: new string('e', 1501))), Alpha, 9, "'answer_en' is 1501 characters"),
        ["bad date"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", extraFields: "date: 2020-13-45\n")), Alpha, 9, "ISO date"),
        ["invalid utf-8 sequence"] = (k => k.WriteBytes(Alpha, WithBytes(TempKnowledgeFolder.Card("Kapan?", body: "Jawaban XX di sini."), "XX", [0xC3, 0x28])), Alpha, 11, "not valid UTF-8"),
        ["latin-1 text"] = (k => k.WriteBytes(Alpha, WithBytes(TempKnowledgeFolder.Card("Kapan?").Replace("Judul kartu", "Judul caf\u00E9", StringComparison.Ordinal), "\u00E9", [0xE9])), Alpha, 2, "not valid UTF-8"),
        ["file over 256 KiB"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", body: new string('a', 300 * 1024))), Alpha, 1, "at most 256 KiB"),
        ["yaml alias bomb"] = (k => k.Write(Alpha, string.Join('\n', BombLines)), Alpha, 3, "anchors (&a) are not allowed"),
        ["duplicate key"] = (k => k.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", extraFields: "title: Judul lagi\n")), Alpha, 9, "field 'title' appears twice"),
        ["sources.yaml missing"] = (k => k.Delete("sources.yaml"), "sources.yaml", 1, "sources.yaml is missing"),
        ["duplicate source id"] = (k => k.Write("sources.yaml", "sources:\n  - id: src-one\n    outlet: A\n    title: T\n  - id: src-one\n    outlet: B\n    title: T2\n  - id: src-two\n    outlet: C\n    title: T3\n"), "sources.yaml", 5, "duplicate source id 'src-one'"),
        ["card id with uppercase"] = (k => k.Write("cards/Gamma.md", TempKnowledgeFolder.Card("Apa gamma?")), "cards/Gamma.md", 1, "card id 'Gamma'"),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Load_BrokenFolder_ReportsErrorAtFileAndLine(string name)
    {
        var (breakIt, file, line, fragment) = Cases[name];
        using var folder = new TempKnowledgeFolder();
        breakIt(folder);

        var result = LoadWithin30Seconds(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Null(result.Snapshot);
        AssertProblem(result, ProblemSeverity.Error, file, line, fragment);
    }

    [Fact]
    public void Load_ValidFolder_Succeeds()
    {
        using var folder = new TempKnowledgeFolder();

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Errors);
        Assert.Equal(["alpha", "beta"], result.Snapshot!.Cards.Select(c => c.Id));
    }

    [Fact]
    public void Load_SourceWithBylineFields_ReadsThemWithoutWarnings()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("sources.yaml", TempKnowledgeFolder.SourcesYaml + "\n    author: Rina\n    editor: Joko\n    agency: AFP\n");

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        var source = result.Snapshot!.SourcesById["src-two"];
        Assert.Equal(("Rina", "Joko", "AFP"), (source.Author, source.Editor, source.Agency));
    }

    [Fact]
    public void Load_CardWithNotCoveredQuestions_ReadsThemWithoutWarnings()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", related: "[beta]", extraFields: "not_covered:\n  - Di mana alpha terjadi?\n  - where did alpha happen?\n"));

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(["Di mana alpha terjadi?", "where did alpha happen?"], result.Snapshot!.CardsById["alpha"].NotCovered);
    }

    [Fact]
    public void Load_NotCoveredThatIsNotAList_ReportsTheLine()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", related: "[beta]", extraFields: "not_covered:\n  question: Di mana?\n"));

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems, p => p.IsError && p.File == Alpha);
        Assert.Contains("not_covered", problem.Message, StringComparison.Ordinal);
        Assert.Equal(11, problem.Line);
    }

    [Fact]
    public void Load_EntitiesFile_ReadsEachKind()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("entities.yaml", "entities:\n  person: [alpha, beta]\n  country: [gamma]\n");

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(["alpha", "beta"], result.Snapshot!.Entities.Kinds["person"]);
        Assert.Equal(["gamma"], result.Snapshot.Entities.Kinds["country"]);
    }

    [Theory]
    [InlineData("entities:\n  person: [alpha]\n  country: [Alpha]\n", 3, "'Alpha' is already listed as a person")]
    [InlineData("entities:\n  person: alpha\n", 2, "kind 'person' must be a list of names")]
    [InlineData("entities: [alpha, beta]\n", 1, "'entities' must map each kind to a list of names")]
    public void Load_BrokenEntitiesFile_ReportsTheLine(string yaml, int line, string message)
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("entities.yaml", yaml);

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.False(result.Succeeded);
        AssertProblem(result, ProblemSeverity.Error, "entities.yaml", line, message);
    }

    [Fact]
    public void Load_UnknownFrontMatterKey_WarnsAndStillLoads()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", extraFields: "colour: blue\n"));

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        AssertProblem(result, ProblemSeverity.Warning, Alpha, 9, "unknown front-matter field 'colour'");
    }

    [Fact]
    public void Load_AliasBomb_IsRejectedWithoutExpandingIt()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write(Alpha, string.Join('\n', BombLines));

        var result = LoadWithin30Seconds(folder.Path);

        var error = Assert.Single(result.Errors, p => p.File == Alpha);
        Assert.Contains("not allowed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SeveralBrokenFiles_ReportsEveryProblemInOneLoad()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", sources: "[src-nope]"));
        folder.Write("cards/beta.md", TempKnowledgeFolder.Card("Siapa?", body: ""));
        folder.Write("cards/gamma.md", "---\ntitle: Judul\nquestions:\n  - satu\n - dua\nsources: [src-one]\n---\nJawaban.\n");
        folder.Write("cards/delta.md", "no front matter here\n");
        folder.Write("sources.yaml", TempKnowledgeFolder.SourcesYaml + "\n  - id: src-two\n    outlet: X\n    title: Y\n");

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.False(result.Succeeded);
        AssertProblem(result, ProblemSeverity.Error, Alpha, 8, "unknown source id 'src-nope'");
        AssertProblem(result, ProblemSeverity.Error, "cards/beta.md", 11, "answer");
        AssertProblem(result, ProblemSeverity.Error, "cards/gamma.md", 5, "malformed YAML");
        AssertProblem(result, ProblemSeverity.Error, "cards/delta.md", 1, "front matter");
        AssertProblem(result, ProblemSeverity.Error, "sources.yaml", 9, "duplicate source id 'src-two'");
    }

    [Fact]
    public void Load_BrokenCardThatOthersLinkTo_ReportsOnlyItsOwnError()
    {
        using var folder = new TempKnowledgeFolder();
        folder.Write("cards/gamma.md", "---\ntitle: Judul\nquestions:\n  - satu\n - dua\nsources: [src-one]\n---\nJawaban.\n");
        folder.Write(Alpha, TempKnowledgeFolder.Card("Kapan?", extraFields: "related: [gamma]\n"));

        var result = KnowledgeLoader.Load(folder.Path);

        var error = Assert.Single(result.Errors);
        Assert.Equal("cards/gamma.md", error.File);
    }

    [Fact]
    public void Load_MissingFolder_ReportsIt()
    {
        var result = KnowledgeLoader.Load(Path.Combine(Path.GetTempPath(), "beritabot-tests", "does-not-exist-" + Guid.NewGuid().ToString("N")));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, p => p.Message.Contains("not found", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Utf8WithBom_Loads()
    {
        using var folder = new TempKnowledgeFolder();
        folder.WriteBytes(Alpha, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(TempKnowledgeFolder.Card("Kapan?"))]);

        var result = KnowledgeLoader.Load(folder.Path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
    }

    private static KnowledgeLoadResult LoadWithin30Seconds(string folder)
    {
        // Guards against a hang (an alias bomb being expanded): a generous limit that fails clearly, not a speed test.
        var load = Task.Run(() => KnowledgeLoader.Load(folder));
        Assert.True(load.Wait(TimeSpan.FromSeconds(30)), "loading did not finish within 30 s");
        return load.Result;
    }

    private static byte[] WithBytes(string text, string marker, byte[] replacement)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(text[..at]), .. replacement, .. Encoding.UTF8.GetBytes(text[(at + marker.Length)..])];
    }

    private static void AssertProblem(KnowledgeLoadResult result, ProblemSeverity severity, string file, int line, string fragment)
    {
        var found = result.Problems.Any(p =>
            p.Severity == severity && p.File == file && p.Line == line && p.Message.Contains(fragment, StringComparison.OrdinalIgnoreCase));
        Assert.True(found, $"expected {severity} at {file}:{line} containing \"{fragment}\"; got:\n  {string.Join("\n  ", result.Problems)}");
    }
}
