using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;

namespace BeritaBot.Tests.Cli;

public class EvalCommandTests
{
    [Fact]
    public async Task Eval_File_PrintsAccuracyPerCategory()
    {
        using var folder = KnowledgeFolders.Small();
        var file = Path.Combine(folder.Path, "eval.tsv");
        await File.WriteAllLinesAsync(file,
        [
            "category\texpected\tquestion",
            "# a comment",
            "tanggal\tgencatan-senjata-10-november-2020\tkapan gencatan senjata ditandatangani?",
            "tanggal\tgencatan-senjata-10-november-2020\tWhen was the Armenia-Azerbaijan ceasefire signed?",
            "luar\tnone\tsiapa pemenang piala dunia sepak bola 2022?",
        ]);

        var (exit, stdout, _) = await CliRunner.RunAsync(["eval", file]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("3 questions", stdout, StringComparison.Ordinal);
        var lines = CliRunner.Lines(stdout);
        Assert.Contains(lines, l => l.StartsWith("tanggal", StringComparison.Ordinal) && l.Contains("/2", StringComparison.Ordinal) && l.EndsWith('%'));
        Assert.Contains(lines, l => l.StartsWith("luar", StringComparison.Ordinal) && l.Contains("1/1", StringComparison.Ordinal) && l.EndsWith('%'));
        Assert.Contains("in-scope answered correctly", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedLine_ReportsItAndExitsOne()
    {
        using var folder = KnowledgeFolders.Small();
        var file = Path.Combine(folder.Path, "eval.tsv");
        await File.WriteAllLinesAsync(file, ["category\texpected\tquestion", "tanggal only-two-columns"]);

        var (exit, _, stderr) = await CliRunner.RunAsync(["eval", file]);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("Line 2", stderr, StringComparison.Ordinal);
    }
}
