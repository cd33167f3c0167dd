using System.Text.Json;
using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

public class AskCommandTests
{
    private const string CeasefireQuestion = "kapan gencatan senjata ditandatangani?";
    private const string CeasefireCard = "gencatan-senjata-10-november-2020";
    private const string OutOfScope = "siapa pemenang piala dunia sepak bola 2022?";

    private static readonly string[] AnswerFields = ["answer", "answered", "card", "confidence", "question", "sources", "suggestions"];
    private static readonly string[] SourceFields = ["id", "outlet", "published", "title", "url"];
    private static readonly string[] SuggestionFields = ["card", "question"];

    [Fact]
    public async Task Ask_Json_PrintsExactlyOneObjectWithExactlyTheDocumentedFields()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", CeasefireQuestion]);

        Assert.Equal(BeritaBotCli.Success, exit);
        var line = Assert.Single(CliRunner.Lines(stdout));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        Assert.Equal(AnswerFields, FieldNames(root));
        Assert.Equal(CeasefireQuestion, root.GetProperty("question").GetString());
        Assert.True(root.GetProperty("answered").GetBoolean());
        Assert.Equal(CeasefireCard, root.GetProperty("card").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0.0, 1.0);
        Assert.Contains("10 November 2020", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, root.GetProperty("sources").GetArrayLength());
        foreach (var source in root.GetProperty("sources").EnumerateArray())
        {
            Assert.Equal(SourceFields, FieldNames(source));
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(source.GetProperty("outlet").GetString()));
        }

        Assert.Equal(JsonValueKind.Array, root.GetProperty("suggestions").ValueKind);
    }

    [Fact]
    public async Task Ask_JsonDeclined_HasAnsweredFalseAndNullCardAndAnswer()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", OutOfScope]);

        Assert.Equal(BeritaBotCli.Success, exit);
        using var json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(stdout)));
        var root = json.RootElement;
        Assert.Equal(AnswerFields, FieldNames(root));
        Assert.False(root.GetProperty("answered").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("card").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("answer").ValueKind);
        Assert.Equal(0, root.GetProperty("sources").GetArrayLength());
    }

    [Fact]
    public async Task Ask_JsonSuggestions_HaveExactlyCardAndQuestion()
    {
        // Near-misses and vague questions come back with "did you mean" suggestions; which ones is the matcher's business.
        string[] questions = ["gencatan senjata", "pertemuan", "rusia", "armenia azerbaijan", "Putin", "kapan perang"];
        var input = string.Join('\n', questions) + "\n";

        var (_, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--batch", "-"], input);

        var suggestions = CliRunner.Lines(stdout)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("suggestions"))
            .SelectMany(s => s.EnumerateArray())
            .ToList();
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s =>
        {
            Assert.Equal(SuggestionFields, FieldNames(s));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("card").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(s.GetProperty("question").GetString()));
        });
    }

    [Fact]
    public async Task Ask_JsonBatchFile_PrintsOneObjectPerLineInOrder()
    {
        using var folder = KnowledgeFolders.Small();
        var file = Path.Combine(folder.Path, "questions.txt");
        string[] questions = [CeasefireQuestion, OutOfScope, "Who brokered the November 2020 ceasefire?", "???"];
        await File.WriteAllLinesAsync(file, questions);

        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--batch", file]);

        Assert.Equal(BeritaBotCli.Success, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(questions, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
        Assert.True(JsonDocument.Parse(lines[0]).RootElement.GetProperty("answered").GetBoolean());
        Assert.False(JsonDocument.Parse(lines[1]).RootElement.GetProperty("answered").GetBoolean());
        Assert.False(JsonDocument.Parse(lines[3]).RootElement.GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_JsonBatchChatLines_SameChatIsOneConversationInFileOrder()
    {
        string[] lines =
        [
            """{"chat": "a", "question": "siapa penengah gencatan senjata 2020?"}""",
            """{"chat": "b", "question": "apa itu kelompok kerja trilateral?"}""",
            """{"chat": "a", "question": "terus kapan itu?"}""",
            "terus kapan itu?",
            """{"chat": 7, "question": "terus kapan itu?"}""",
        ];

        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--batch", "-"], string.Join('\n', lines) + "\n");

        Assert.Equal(BeritaBotCli.Success, exit);
        var answers = CliRunner.Lines(stdout).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(5, answers.Count);
        Assert.All(answers, a => Assert.Equal(AnswerFields, FieldNames(a)));
        Assert.Equal("terus kapan itu?", answers[2].GetProperty("question").GetString());
        Assert.Equal(CeasefireCard, answers[2].GetProperty("card").GetString());
        Assert.False(answers[3].GetProperty("answered").GetBoolean());
        Assert.False(answers[4].GetProperty("answered").GetBoolean());
    }

    [Theory]
    [InlineData("kapan gencatan senjata ditandatangani?", "kapan gencatan senjata ditandatangani?", null)]
    [InlineData("""{"chat": "x1", "question": "siapa dia?"}""", "siapa dia?", "x1")]
    [InlineData("""{"question": "siapa dia?"}""", "siapa dia?", null)]
    [InlineData("{sic} kapan itu?", "{sic} kapan itu?", null)]
    [InlineData("""{"chat": "x1"}""", """{"chat": "x1"}""", null)]
    public void Read_BatchLine_TellsAConversationLineFromAPlainOne(string line, string question, string? chat)
    {
        var read = BatchLine.Read(line);

        Assert.Equal(question, read.Question);
        Assert.Equal(chat, read.Chat);
    }

    [Fact]
    public async Task Ask_JsonBatchStdin_PrintsOneObjectPerLineInOrder()
    {
        string[] questions = [OutOfScope, CeasefireQuestion, "siapa Dmitry Peskov?"];

        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--batch", "-"], string.Join('\n', questions) + "\n");

        Assert.Equal(BeritaBotCli.Success, exit);
        var lines = CliRunner.Lines(stdout);
        Assert.Equal(questions, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
        Assert.Equal(CeasefireCard, JsonDocument.Parse(lines[1]).RootElement.GetProperty("card").GetString());
    }

    [Fact]
    public async Task Ask_KnowledgeOption_AnswersFromThatFolder()
    {
        using var folder = KnowledgeFolders.Small();

        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--knowledge", folder.Path, "kapan festival layang-layang Zebulon diadakan?"]);

        Assert.Equal(BeritaBotCli.Success, exit);
        using var json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(stdout)));
        Assert.Equal("uji-satu", json.RootElement.GetProperty("card").GetString());
        Assert.Equal("src-uji", json.RootElement.GetProperty("sources")[0].GetProperty("id").GetString());
        Assert.Equal("2021-01-31", json.RootElement.GetProperty("sources")[0].GetProperty("published").GetString());
    }

    [Fact]
    public async Task Ask_KnowledgeOptionBeforeCommand_IsHonoured()
    {
        using var folder = KnowledgeFolders.Small();

        var (_, stdout, _) = await CliRunner.RunAsync(["--knowledge", folder.Path, "ask", "--json", "siapa juara lomba kelereng Quaxo?"]);

        using var json = JsonDocument.Parse(Assert.Single(CliRunner.Lines(stdout)));
        Assert.Equal("uji-dua", json.RootElement.GetProperty("card").GetString());
    }

    [Fact]
    public async Task Ask_PlainText_PrintsTitleAnswerAndSources()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", CeasefireQuestion]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("10 November 2020", stdout, StringComparison.Ordinal);
        Assert.Contains("Sumber:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoQuestion_FailsWithUsageOnStderr()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "--json"]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Empty(stdout);
        Assert.Contains("--batch", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_BrokenKnowledge_FailsAtStartupWithTheProblemOnStderr()
    {
        using var folder = KnowledgeFolders.Small();
        folder.Write("cards/uji-dua.md", KnowledgeFolders.Card("Siapa?", "Jawaban.", sources: "[src-hilang]"));

        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "--json", "--knowledge", folder.Path, "siapa?"]);

        Assert.Equal(BeritaBotCli.StartupFailed, exit);
        Assert.Empty(stdout);
        Assert.Contains("src-hilang", stderr, StringComparison.Ordinal);
    }

    private static string[] FieldNames(JsonElement element) =>
        element.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
}
