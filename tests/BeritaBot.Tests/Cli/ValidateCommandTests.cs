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
}
