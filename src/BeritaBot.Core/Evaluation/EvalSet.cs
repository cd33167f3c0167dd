namespace BeritaBot.Core.Evaluation;

/// <summary>
/// Reads an evaluation set: UTF-8 TSV with a header <c>category, expected, question</c>; <c>expected</c> is a card
/// id or <c>none</c>; lines starting with <c>#</c> are comments.
/// </summary>
public static class EvalSet
{
    public const string None = "none";

    public static IReadOnlyList<EvalCase> Parse(IEnumerable<string> lines, out IReadOnlyList<string> problems)
    {
        var cases = new List<EvalCase>();
        var errors = new List<string>();
        var lineNumber = 0;
        var sawHeader = false;
        foreach (var raw in lines)
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (!sawHeader && parts.Length >= 3 && parts[0].Trim() == "category")
            {
                sawHeader = true;
                continue;
            }

            if (parts.Length < 3 || parts[2].Trim().Length == 0)
            {
                errors.Add($"line {lineNumber}: expected category<TAB>expected<TAB>question");
                continue;
            }

            var expected = parts[1].Trim();
            cases.Add(new EvalCase(parts[0].Trim(), expected == None ? null : expected, parts[2].Trim(), lineNumber));
        }

        problems = errors;
        return cases;
    }

    public static IReadOnlyList<EvalCase> Load(string path, out IReadOnlyList<string> problems) =>
        Parse(File.ReadLines(path), out problems);
}
