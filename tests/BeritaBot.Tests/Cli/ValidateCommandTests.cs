using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

public class ValidateCommandTests
{
    [Fact]
    public async Task Validate_RealKnowledge_ExitsZero()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["validate"]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("OK:", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(": error:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_BrokenFolder_ExitsOneWithFileAndLine()
    {
        using var folder = KnowledgeFolders.Small();
        folder.Write("cards/uji-dua.md", KnowledgeFolders.Card("Siapa?", "Jawaban.", sources: "\n  - src-uji\n  - src-hilang"));
        folder.Write("cards/uji-tiga.md", "tanpa front matter\n");

        var (exit, stdout, _) = await CliRunner.RunAsync(["validate", "--knowledge", folder.Path]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("uji-dua.md:9: error: unknown source id 'src-hilang'", stdout, StringComparison.Ordinal);
        Assert.Contains("uji-tiga.md:1: error:", stdout, StringComparison.Ordinal);
        Assert.Contains("FAILED: 2 error(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_WarningsOnly_ExitsZeroAndListsThem()
    {
        using var folder = KnowledgeFolders.Small();
        folder.Write("cards/uji-dua.md", "---\nwarna: biru\nquestions: [Siapa juara?, b, c, d]\nsources: [src-uji]\n---\nJawaban.\n");

        var (exit, stdout, _) = await CliRunner.RunAsync(["validate", "--knowledge", folder.Path]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("uji-dua.md:2: warning:", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_CardWithSeveralProblems_ListsEveryOne()
    {
        using var folder = KnowledgeFolders.Small();
        folder.Write("cards/uji-dua.md", "---\nquestions: [Siapa juara?, b, c, d]\nsources: [src-uji, src-hilang]\ndate: 2020-13-45\nrelated: [hantu]\n---\nJawaban.\n");

        var (exit, stdout, _) = await CliRunner.RunAsync(["validate", "--knowledge", folder.Path]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("uji-dua.md:4: error:", stdout, StringComparison.Ordinal);
        Assert.Contains("uji-dua.md:3: error: unknown source id 'src-hilang'", stdout, StringComparison.Ordinal);
        Assert.Contains("uji-dua.md:5: error: related card 'hantu' does not exist", stdout, StringComparison.Ordinal);
        Assert.Contains("FAILED: 3 error(s)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MalformedSourcesYaml_ReportsItsOwnLineFirstWithoutOneErrorPerCitation()
    {
        using var folder = KnowledgeFolders.CopyOfReal();
        var path = Path.Combine(folder.Path, "sources.yaml");
        var lines = File.ReadAllLines(path).ToList();
        lines.Insert(3, "    title: \"tanpa penutup");
        File.WriteAllLines(path, lines);

        var (exit, stdout, _) = await CliRunner.RunAsync(["validate", "--knowledge", folder.Path]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        var output = CliRunner.Lines(stdout);
        Assert.Contains("sources.yaml:4: error:", output[0], StringComparison.Ordinal);
        Assert.DoesNotContain(output, l => l.Contains("unknown source id", StringComparison.Ordinal));
        Assert.InRange(output.Count(l => l.Contains(": error:", StringComparison.Ordinal)), 1, 3);
    }
}
