using System.Text.Json;
using BeritaBot.Core.Insights;
using BeritaBot.Insights.Reporting;

namespace BeritaBot.Insights.Tests.Insights;

public sealed class EditorReportFormatterTests
{
    private static readonly DateTimeOffset Generated = new(2024, 5, 1, 10, 30, 0, TimeSpan.Zero);

    private static readonly EditorReport Sample = new(
        Generated,
        Generated.AddDays(-7),
        [
            new UnansweredGroup("Kapan perang dimulai?", "kapan perang mulai", 4, ["Kapan perang dimulai?", "kpn perang mulai"], "perang-mulai", 0.456, Generated.AddHours(-1)),
            new UnansweredGroup("Resep \"rendang\", enak?", "resep rendang enak", 1, ["Resep \"rendang\", enak?"], null, 0, Generated.AddHours(-2)),
        ],
        [new UnhelpfulCard("gencatan-senjata", 3, 1)]);

    [Fact]
    public void ToText_Report_ListsGroupsClosestCardsAndUnhelpfulCards()
    {
        var text = EditorReportFormatter.ToText(Sample);

        Assert.Contains("Laporan redaksi, 2024-05-01 10:30 UTC (sejak 2024-04-24 10:30 UTC)", text, StringComparison.Ordinal);
        Assert.Contains("1. \"Kapan perang dimulai?\" - 4x, terakhir 2024-05-01 09:30 UTC", text, StringComparison.Ordinal);
        Assert.Contains("Kartu terdekat: perang-mulai (46%)", text, StringComparison.Ordinal);
        Assert.Contains("Variasi: \"kpn perang mulai\"", text, StringComparison.Ordinal);
        Assert.Contains("Kartu terdekat: tidak ada", text, StringComparison.Ordinal);
        Assert.Contains("1. gencatan-senjata - 3 tidak membantu, 1 membantu", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Masalah", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_MaxLength_DropsWholeLinesAndSaysHowMany()
    {
        var full = EditorReportFormatter.ToText(Sample);

        var cut = EditorReportFormatter.ToText(Sample, 120);

        Assert.True(cut.Length <= 120, cut);
        Assert.Contains("baris lagi)", cut, StringComparison.Ordinal);
        Assert.StartsWith(cut[..cut.IndexOf('\n', StringComparison.Ordinal)], full, StringComparison.Ordinal);
    }

    [Fact]
    public void ToText_Problem_IsShown()
    {
        var text = EditorReportFormatter.ToText(new EditorReport(Generated, null, [], [], "database is locked"));

        Assert.Contains("Masalah: database is locked", text, StringComparison.Ordinal);
        Assert.Contains("(tidak ada)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCsv_Report_OneRowPerItemWithQuotedFields()
    {
        var lines = EditorReportFormatter.ToCsv(Sample).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(5, lines.Length);
        Assert.StartsWith("section,rank,question,normalized_form,count,", lines[0], StringComparison.Ordinal);
        Assert.Equal("report,,,,,,,,,,,,2024-05-01T10:30:00.0000000+00:00,2024-04-24T10:30:00.0000000+00:00,", lines[1]);
        Assert.Equal(
            "unanswered,1,Kapan perang dimulai?,kapan perang mulai,4,Kapan perang dimulai? | kpn perang mulai,perang-mulai,0.456,2024-05-01T09:30:00.0000000+00:00,,,,,,",
            lines[2]);
        Assert.StartsWith("unanswered,2,\"Resep \"\"rendang\"\", enak?\",resep rendang enak,1,", lines[3], StringComparison.Ordinal);
        Assert.Equal("unhelpful,1,,,,,,,,gencatan-senjata,3,1,,,", lines[4]);
    }

    [Fact]
    public void ToJson_Report_CarriesTheSameContent()
    {
        using var json = JsonDocument.Parse(EditorReportFormatter.ToJson(Sample));
        var root = json.RootElement;

        Assert.Equal(Generated, root.GetProperty("generatedAt").GetDateTimeOffset());
        Assert.Equal(Generated.AddDays(-7), root.GetProperty("since").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("problem").ValueKind);
        var groups = root.GetProperty("unanswered");
        Assert.Equal(2, groups.GetArrayLength());
        Assert.Equal("Kapan perang dimulai?", groups[0].GetProperty("example").GetString());
        Assert.Equal(4, groups[0].GetProperty("count").GetInt32());
        Assert.Equal("perang-mulai", groups[0].GetProperty("closestCardId").GetString());
        Assert.Equal(0.456, groups[0].GetProperty("closestConfidence").GetDouble());
        Assert.Equal(["Kapan perang dimulai?", "kpn perang mulai"], groups[0].GetProperty("variants").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("Resep \"rendang\", enak?", groups[1].GetProperty("example").GetString());
        Assert.Equal(JsonValueKind.Null, groups[1].GetProperty("closestCardId").ValueKind);
        var cards = root.GetProperty("unhelpful");
        Assert.Equal("gencatan-senjata", Assert.Single(cards.EnumerateArray()).GetProperty("cardId").GetString());
        Assert.Equal(3, cards[0].GetProperty("notHelpful").GetInt32());
        Assert.Equal(1, cards[0].GetProperty("helpful").GetInt32());
    }

    [Theory]
    [InlineData(ReportFormat.Text, "Kapan perang dimulai?")]
    [InlineData(ReportFormat.Csv, "section,rank")]
    [InlineData(ReportFormat.Json, "\"unanswered\"")]
    public void Format_EachFormat_UsesItsRenderer(ReportFormat format, string expected)
    {
        Assert.Contains(expected, EditorReportFormatter.Format(Sample, format), StringComparison.Ordinal);
    }
}
