using BeritaBot.Host.Cli;
using BeritaBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace BeritaBot.Tests.Cli;

/// <summary>One-shot <c>ask</c> is a developer trying questions: it must leave the editors' log as it was.</summary>
public sealed class AskRecordingTests : IDisposable
{
    private const string OutOfScope = "siapa pemenang piala dunia sepak bola 2022?";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beritabot-ask-log-" + Guid.NewGuid().ToString("N"));

    private string Database => Path.Combine(_folder, "insights.db");

    [Theory]
    [InlineData("ask", OutOfScope)]
    [InlineData("ask", "--json", OutOfScope)]
    [InlineData("ask", "--explain", OutOfScope)]
    public async Task Ask_DeclinedQuestion_RecordsNothingInTheEditorsLog(params string[] args)
    {
        var (exit, _, _) = await CliRunner.RunAsync(args, overrides: Settings());

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Equal(0, DeclinedRows());
    }

    [Fact]
    public async Task Ask_Batch_RecordsNothingInTheEditorsLog()
    {
        var input = string.Join('\n', Enumerable.Repeat(OutOfScope, 5)) + "\nhalo\n3\n";

        var (exit, stdout, _) = await CliRunner.RunAsync(["ask", "--json", "--batch", "-"], input, Settings());

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Equal(7, CliRunner.Lines(stdout).Length);
        Assert.Equal(0, DeclinedRows());
    }

    [Fact]
    public async Task Ask_QuestionStartingWithAt_IsAnsweredNotReadAsAResponseFile()
    {
        var (exit, stdout, stderr) = await CliRunner.RunAsync(["ask", "--json", "@everyone kapan gencatan senjata ditandatangani?"]);

        Assert.Equal(BeritaBotCli.Success, exit);
        Assert.Contains("\"question\":\"@everyone kapan gencatan senjata ditandatangani?\"", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Usage", stdout + stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings() => new() { ["Insights:DatabasePath"] = Database };

    private long DeclinedRows()
    {
        if (!File.Exists(Database))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Database, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM declined_questions;";
        return (long)command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
