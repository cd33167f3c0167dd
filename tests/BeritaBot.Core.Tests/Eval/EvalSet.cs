using System.Globalization;
using System.Text;

namespace BeritaBot.Core.Tests.Eval;

/// <summary>Reads <c>eval-set.tsv</c>: a header, then category, expected card and question per line.</summary>
public static class EvalSet
{
    public const string FileName = "eval-set.tsv";
    public const string Header = "category\texpected\tquestion";
    public const string NoneExpected = "none";
    public const string GapPrefix = "?gap:";

    public static IReadOnlyList<string> Categories { get; } = ["formal", "chat", "typo", "english", "none"];

    /// <summary>The committed set, found from the test binaries by walking up to the solution.</summary>
    public static IReadOnlyList<EvalQuestion> LoadCommitted() => Load(CommittedPath());

    public static IReadOnlyList<EvalQuestion> Load(string path) => Parse(File.ReadAllLines(path, Encoding.UTF8));

    public static string CommittedPath()
    {
        // The file is read from the source tree rather than copied to the output, so that the set a
        // developer edits is always the set the tests check.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BeritaBot.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "BeritaBot.Core.Tests", "Eval", FileName);
            }
        }

        throw new FileNotFoundException("BeritaBot.sln not found above the test binaries; cannot locate " + FileName);
    }

    public static IReadOnlyList<EvalQuestion> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF') != Header)
        {
            throw new FormatException("The first line must be the header '" + Header.Replace('\t', ' ') + "' (tab-separated).");
        }

        var questions = new List<EvalQuestion>();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var lineNumber = i + 1;
            var fields = line.Split('\t');
            if (fields.Length != 3 || fields.Any(f => f.Trim().Length == 0))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Line {lineNumber}: expected three non-empty tab-separated fields, found {fields.Length}."));
            }

            if (!Categories.Contains(fields[0]))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Line {lineNumber}: unknown category '{fields[0]}'."));
            }

            questions.Add(new EvalQuestion(fields[0], fields[1].Trim(), fields[2].Trim(), lineNumber));
        }

        return questions;
    }
}
