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

    [Fact]
    public async Task Eval_FollowUpSet_ReportsFollowUpsByKindAndRegister()
    {
        using var folder = KnowledgeFolders.Small();
        var file = Path.Combine(folder.Path, "followups.tsv");
        await File.WriteAllLinesAsync(file,
        [
            "# provenance: a comment before the header",
            "chat\tturn\tregister\tkind\texpected\tquestion",
            "c1\t1\tchat\topener\tgencatan-senjata-10-november-2020\tkapan gencatan senjata ditandatangani?",
            "c1\t2\tchat\tellipsis\tgencatan-senjata-10-november-2020\tterus kapan itu?",
            "c2\t1\tenglish\topener\tnone\twho won the 2022 football world cup?",
        ]);

        var (exit, stdout, _) = await CliRunner.RunAsync(["eval", file]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("2 conversations, 1 follow-ups", stdout, StringComparison.Ordinal);
        var lines = CliRunner.Lines(stdout);
        Assert.Contains(lines, l => l.StartsWith("ellipsis", StringComparison.Ordinal) && l.Contains("1/1", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("chat", StringComparison.Ordinal) && l.Contains("1/1", StringComparison.Ordinal));
        Assert.Contains("follow-ups answered right: 100.0%", stdout, StringComparison.Ordinal);
    }
}
