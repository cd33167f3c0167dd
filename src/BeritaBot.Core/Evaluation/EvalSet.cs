using System.Globalization;

namespace BeritaBot.Core.Evaluation;

/// <summary>
/// Reads an evaluation set: UTF-8 TSV whose first line is the header <c>category, expected, question</c>;
/// <c>expected</c> is a card id (or ids separated by '|'; <c>source:id</c> for an answer about that article's byline),
/// <c>none</c>, or <c>?gap:fact</c>; lines starting with
/// <c>#</c> and blank lines are skipped.
/// </summary>
public static class EvalSet
{
    public const string Header = "category\texpected\tquestion";
    public const string None = "none";
    public const string GapPrefix = "?gap:";

    /// <summary>Marks an expected answer about an article itself (its author, date, agency), given from <c>sources.yaml</c>.</summary>
    public const string SourcePrefix = "source:";

    /// <exception cref="FormatException">The header is missing or a line is not three tab-separated fields; the message names the line.</exception>
    public static IReadOnlyList<EvalCase> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        // Provenance comments (who wrote the set, its frozen hash) may come before the header.
        var header = 0;
        while (header < lines.Count && lines[header].TrimStart('\uFEFF').StartsWith('#'))
        {
            header++;
        }

        if (header == lines.Count || lines[header].TrimStart('\uFEFF').TrimEnd('\r') != Header)
        {
            throw new FormatException("The first line must be the header 'category expected question' (tab-separated).");
        }

        var cases = new List<EvalCase>();
        for (var i = header + 1; i < lines.Count; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(f => f.Trim().Length == 0))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Line {i + 1}: expected three non-empty tab-separated fields (category, expected, question), found {fields.Length}."));
            }

            cases.Add(new EvalCase(fields[0].Trim(), fields[1].Trim(), fields[2].Trim(), i + 1));
        }

        return cases;
    }

    public static IReadOnlyList<EvalCase> Load(string path) => Parse(File.ReadAllLines(path));
}
