using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

public sealed class GenerateKnowledgeCommandTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "beritabot-tests", "generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public async Task GenerateKnowledge_ThenValidate_FolderIsValidAndQuestionsWritten()
    {
        var folder = Path.Combine(_root, "knowledge");
        var queries = Path.Combine(_root, "queries.tsv");

        var (exit, stdout, _) = await CliRunner.RunAsync(["generate-knowledge", "--cards", "120", "--out", folder, "--seed", "3", "--queries", queries]);
        var (validateExit, validateOut, _) = await CliRunner.RunAsync(["validate", "--knowledge", folder]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("Wrote 120 cards", stdout, StringComparison.Ordinal);
        Assert.Equal(BeritaBotCli.Success, validateExit);
        Assert.Contains("OK: 120 cards", validateOut, StringComparison.Ordinal);
        Assert.Contains("0 warning(s)", validateOut, StringComparison.Ordinal);
        Assert.Equal(BeritaBot.Core.Evaluation.EvalSet.Header, File.ReadAllLines(queries)[0]);
        Assert.Contains(File.ReadAllLines(queries), l => l.StartsWith("none\tnone\t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GenerateKnowledge_FolderNotEmpty_ExitsOneAndWritesNothing()
    {
        Directory.CreateDirectory(_root);
        File.WriteAllText(Path.Combine(_root, "keep.txt"), "x");

        var (exit, _, stderr) = await CliRunner.RunAsync(["generate-knowledge", "--cards", "10", "--out", _root]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("not empty", stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "cards")));
    }

    [Fact]
    public async Task GenerateKnowledge_ZeroCards_ExitsOne()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["generate-knowledge", "--cards", "0", "--out", Path.Combine(_root, "k")]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("--cards", stderr, StringComparison.Ordinal);
    }
}
