using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Presentation;

namespace BeritaBot.Insights.Reporting;

/// <summary>
/// Renders an <see cref="EditorReport"/> as text (for chat and the console), CSV (for spreadsheets) or JSON (for
/// tools). Every format carries the same content.
/// </summary>
public static class EditorReportFormatter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CsvHeader =
    [
        "section", "rank", "question", "normalized_form", "count", "variants", "closest_card", "closest_confidence",
        "last_asked", "card_id", "not_helpful", "helpful", "generated_at", "since", "problem",
    ];

    public static string Format(EditorReport report, ReportFormat format) => format switch
    {
        ReportFormat.Text => ToText(report),
        ReportFormat.Csv => ToCsv(report),
        ReportFormat.Json => ToJson(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };

    /// <summary>Plain text in Indonesian, no markup, so every chat platform shows it as it is.</summary>
    /// <param name="maxLength">
    /// A platform's message limit: whole lines are dropped from the end and a note says how many.
    /// </param>
    public static string ToText(EditorReport report, int maxLength = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>
        {
            report.Since is { } since
                ? $"{PresentationTexts.ReportHeading}, {Time(report.GeneratedAt)} (sejak {Time(since)})"
                : $"{PresentationTexts.ReportHeading}, {Time(report.GeneratedAt)}",
        };
        if (report.Problem is not null)
        {
            lines.Add($"Masalah: {report.Problem}");
        }

        lines.Add(string.Empty);
        lines.Add("Pertanyaan yang belum terjawab:");
        if (report.Unanswered.Count == 0)
        {
            lines.Add("  (tidak ada)");
        }

        foreach (var (group, rank) in report.Unanswered.Select((g, i) => (g, i + 1)))
        {
            lines.Add($"{rank}. \"{group.Example}\" - {group.Count}x, terakhir {Time(group.LastAsked)}");
            lines.Add(group.ClosestCardId is null
                ? "   Kartu terdekat: tidak ada"
                : $"   Kartu terdekat: {group.ClosestCardId} ({Percent(group.ClosestConfidence)})");
            var others = group.Variants.Where(v => v != group.Example).ToList();
            if (others.Count > 0)
            {
                lines.Add($"   Variasi: {string.Join(" | ", others.Select(v => $"\"{v}\""))}");
            }
        }

        lines.Add(string.Empty);
        lines.Add("Kartu yang paling sering dinilai tidak membantu:");
        if (report.Unhelpful.Count == 0)
        {
            lines.Add("  (tidak ada)");
        }

        foreach (var (card, rank) in report.Unhelpful.Select((c, i) => (c, i + 1)))
        {
            lines.Add($"{rank}. {card.CardId} - {card.NotHelpful} tidak membantu, {card.Helpful} membantu");
        }

        return Fit(lines, maxLength);
    }

    public static string ToCsv(EditorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var builder = new StringBuilder();
        AppendCsvRow(builder, CsvHeader);
        AppendCsvRow(builder,
        [
            "report", "", "", "", "", "", "", "", "", "", "", "",
            Iso(report.GeneratedAt), report.Since is { } since ? Iso(since) : "", report.Problem ?? "",
        ]);
        foreach (var (group, rank) in report.Unanswered.Select((g, i) => (g, i + 1)))
        {
            AppendCsvRow(builder,
            [
                "unanswered", Number(rank), group.Example, group.NormalizedForm, Number(group.Count),
                string.Join(" | ", group.Variants), group.ClosestCardId ?? "",
                group.ClosestCardId is null ? "" : Confidence(group.ClosestConfidence), Iso(group.LastAsked),
                "", "", "", "", "", "",
            ]);
        }

        foreach (var (card, rank) in report.Unhelpful.Select((c, i) => (c, i + 1)))
        {
            AppendCsvRow(builder,
            [
                "unhelpful", Number(rank), "", "", "", "", "", "", "",
                card.CardId, Number(card.NotHelpful), Number(card.Helpful), "", "", "",
            ]);
        }

        return builder.ToString();
    }

    public static string ToJson(EditorReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // The output is a file or a terminal, never embedded in HTML: keep Indonesian text and quotes readable.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            json.WriteStartObject();
            json.WriteString("generatedAt", report.GeneratedAt);
            WriteNullableTime(json, "since", report.Since);
            json.WriteString("problem", report.Problem);
            json.WriteStartArray("unanswered");
            foreach (var (group, rank) in report.Unanswered.Select((g, i) => (g, i + 1)))
            {
                json.WriteStartObject();
                json.WriteNumber("rank", rank);
                json.WriteString("example", group.Example);
                json.WriteString("normalizedForm", group.NormalizedForm);
                json.WriteNumber("count", group.Count);
                json.WriteStartArray("variants");
                foreach (var variant in group.Variants)
                {
                    json.WriteStringValue(variant);
                }

                json.WriteEndArray();
                json.WriteString("closestCardId", group.ClosestCardId);
                if (group.ClosestCardId is null)
                {
                    json.WriteNull("closestConfidence");
                }
                else
                {
                    json.WriteNumber("closestConfidence", Math.Round(group.ClosestConfidence, 3));
                }

                json.WriteString("lastAsked", group.LastAsked);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("unhelpful");
            foreach (var (card, rank) in report.Unhelpful.Select((c, i) => (c, i + 1)))
            {
                json.WriteStartObject();
                json.WriteNumber("rank", rank);
                json.WriteString("cardId", card.CardId);
                json.WriteNumber("notHelpful", card.NotHelpful);
                json.WriteNumber("helpful", card.Helpful);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteNullableTime(Utf8JsonWriter json, string name, DateTimeOffset? value)
    {
        if (value is { } time)
        {
            json.WriteString(name, time);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static string Fit(List<string> lines, int maxLength)
    {
        var full = string.Join('\n', lines);
        if (full.Length <= maxLength)
        {
            return full;
        }

        for (var keep = lines.Count - 1; keep > 0; keep--)
        {
            var text = string.Join('\n', lines.Take(keep)) + $"\n… ({lines.Count - keep} baris lagi)";
            if (text.Length <= maxLength)
            {
                return text;
            }
        }

        return full[..Math.Max(0, maxLength)];
    }

    private static void AppendCsvRow(StringBuilder builder, string[] fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                builder.Append('"').Append(field.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                builder.Append(field);
            }
        }

        builder.Append("\r\n");
    }

    private static string Time(DateTimeOffset time) =>
        time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", Invariant);

    private static string Iso(DateTimeOffset time) => time.ToUniversalTime().ToString("O", Invariant);

    private static string Percent(double confidence) =>
        Math.Round(confidence * 100).ToString("0", Invariant) + "%";

    private static string Confidence(double confidence) => Math.Round(confidence, 3).ToString("0.###", Invariant);

    private static string Number(int value) => value.ToString(Invariant);
}
