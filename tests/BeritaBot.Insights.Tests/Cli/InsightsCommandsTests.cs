using System.Text.Json;
using BeritaBot.Core.Answering;
using BeritaBot.Host.Cli;
using BeritaBot.Insights.Storage;
using BeritaBot.Insights.Tests.Fakes;
using BeritaBot.Insights.Tests.Insights;
using BeritaBot.Insights.Tests.Knowledge;

namespace BeritaBot.Insights.Tests.Cli;

public sealed class InsightsCommandsTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();

    [Fact]
    public async Task Report_Json_PrintsTheGroupedDeclines()
    {
        var path = _temp.File("cli.db");
        using (var database = new InsightsDatabase(path, 1_000, new RecordingLogger<InsightsDatabase>()))
        {
            var log = new SqliteQuestionLog(database, TimeProvider.System);
            log.OnAnswered(InsightsTestBed.Declined("Kapan perang dimulai?", "kapan perang mulai", "perang-mulai"), new AskContext("telegram"));
            log.OnAnswered(InsightsTestBed.Declined("kpn perang mulai", "kapan perang mulai", "perang-mulai"), new AskContext("discord"));
        }

        var exit = await Run(["report", "--format", "json", "--top", "5", "--since", "1d"], new() { ["Insights:DatabasePath"] = path });

        Assert.True(exit == 0, _error.ToString());
        using var json = JsonDocument.Parse(_out.ToString());
        var group = Assert.Single(json.RootElement.GetProperty("unanswered").EnumerateArray());
        Assert.Equal(2, group.GetProperty("count").GetInt32());
        Assert.Equal("perang-mulai", group.GetProperty("closestCardId").GetString());
    }

    [Fact]
    public async Task Report_Disabled_SaysSoAndFails()
    {
        var exit = await Run(["report"], new() { ["Insights:Enabled"] = "false" });

        Assert.Equal(BeritaBotCli.StartupFailed, exit);
        Assert.Contains("Masalah: disabled", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("disabled", _error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_BadSince_IsRejected()
    {
        var exit = await Run(["report", "--since", "kemarin"], new() { ["Insights:DatabasePath"] = _temp.File("x.db") });

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("--since", _error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7d", "2024-04-24T09:00:00+00:00")]
    [InlineData("24h", "2024-04-30T09:00:00+00:00")]
    [InlineData("30m", "2024-05-01T08:30:00+00:00")]
    [InlineData("2024-04-01", "2024-04-01T00:00:00+00:00")]
    [InlineData("2024-04-01T12:00:00+07:00", "2024-04-01T05:00:00+00:00")]
    public void TryParseSince_AgesAndDates_AreUnderstood(string text, string expected)
    {
        var now = new DateTimeOffset(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

        Assert.True(ReportCommand.TryParseSince(text, now, out var since));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), since);
    }

    [Fact]
    public async Task AddPhrasing_KnownCard_WritesAndReports()
    {
        var folder = TestKnowledge.Create(_temp.Path);

        var exit = await Run(["add-phrasing", "--knowledge", folder, "gencatan-senjata", "Kapan perang berhenti?"], []);

        Assert.True(exit == 0, _error.ToString());
        Assert.Contains("Added \"Kapan perang berhenti?\" to card 'gencatan-senjata'", _out.ToString(), StringComparison.Ordinal);
        Assert.Contains("  - \"Kapan perang berhenti?\"\n", File.ReadAllText(TestKnowledge.CardPath(folder, "gencatan-senjata")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPhrasing_UnknownCard_FailsWithMessage()
    {
        var folder = TestKnowledge.Create(_temp.Path);

        var exit = await Run(["add-phrasing", "--knowledge", folder, "tidak-ada", "Apa ini?"], []);

        Assert.Equal(BeritaBotCli.ValidationFailed, exit);
        Assert.Contains("There is no card 'tidak-ada'.", _error.ToString(), StringComparison.Ordinal);
    }

    private Task<int> Run(string[] args, Dictionary<string, string?> overrides) =>
        BeritaBotCli.RunAsync(args, new ConsoleStreams(new StringReader(string.Empty), _out, _error), overrides);

    public void Dispose()
    {
        _out.Dispose();
        _error.Dispose();
        _temp.Dispose();
    }
}
