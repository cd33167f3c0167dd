using System.Text;
using System.Text.RegularExpressions;
using BeritaBot.Core.Knowledge.Loading;
using BeritaBot.Core.Knowledge.Yaml;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BeritaBot.Core.Knowledge.Editing;

/// <summary>
/// Text surgery on a card file: adds one question under <c>questions:</c> and leaves every other byte as it was, so an
/// editor's diff shows exactly one new line. The result is read back with the same YAML reader the loader uses and
/// refused unless the list gained exactly that question and nothing else changed.
/// </summary>
public static partial class CardFileEdit
{
    public static CardFileEditResult AddQuestion(string text, string question)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);

        var lines = Line.Split(text);
        if (lines.Count == 0 || lines[0].Content(text).TrimStart('\uFEFF').TrimEnd() != "---")
        {
            return Refuse(text, "the card file does not start with a '---' front matter block");
        }

        var close = lines.FindIndex(1, l => l.Content(text).TrimEnd() is "---" or "...");
        if (close < 0)
        {
            return Refuse(text, "the card file's front matter block is not closed with '---'");
        }

        var keyLines = Enumerable.Range(1, close - 1).Where(i => QuestionsKey().IsMatch(lines[i].Content(text))).ToList();
        if (keyLines.Count != 1)
        {
            return Refuse(text, keyLines.Count == 0
                ? "the front matter has no 'questions:' field at the start of a line"
                : "'questions:' appears more than once in the front matter");
        }

        var before = ReadFrontMatter(text);
        if (before.Problem is not null)
        {
            return Refuse(text, before.Problem);
        }

        var keyLine = keyLines[0];
        var rest = QuestionsKey().Match(lines[keyLine].Content(text)).Groups["rest"].Value.Trim();
        string? edited;
        string? problem = null;
        if (rest.Length == 0 || rest.StartsWith('#'))
        {
            edited = InsertBlockItem(text, lines, keyLine, close, question);
        }
        else if (rest.StartsWith('['))
        {
            edited = ConvertFlowList(text, lines, keyLine, question, out problem);
        }
        else
        {
            return Refuse(text, "'questions' is not a list; write it as one '- question' line per phrasing");
        }

        if (edited is null)
        {
            return Refuse(text, problem ?? "the questions list could not be edited");
        }

        var after = ReadFrontMatter(edited);
        if (after.Problem is not null
            || !after.Questions!.SequenceEqual(before.Questions!.Append(question), StringComparer.Ordinal)
            || after.Others != before.Others)
        {
            // The file's layout is unusual enough that a one-line insert did not mean what it should: say so rather
            // than risk changing the card.
            return Refuse(text, "the question could not be added safely to this file's layout; add it by hand");
        }

        return new CardFileEditResult(true, edited, "question added");
    }

    private static string InsertBlockItem(string text, List<Line> lines, int keyLine, int close, string question)
    {
        string? indent = null;
        var last = keyLine;
        for (var i = keyLine + 1; i < close; i++)
        {
            var content = lines[i].Content(text);
            var trimmed = content.TrimStart(' ');
            if (trimmed.Trim().Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var lead = content.Length - trimmed.Length;
            if (indent is null ? IsItem(trimmed) : lead == indent.Length && IsItem(trimmed))
            {
                indent ??= content[..lead];
                last = i;
            }
            else if (indent is not null && lead > indent.Length)
            {
                // A wrapped item continues on more deeply indented lines.
                last = i;
            }
            else
            {
                break;
            }
        }

        var newline = lines[last].Newline(text);
        if (newline.Length == 0)
        {
            newline = DetectNewline(text);
        }

        var item = (indent ?? "  ") + "- " + YamlDoubleQuoted.Quote(question) + newline;
        return text.Insert(lines[last].Next, item);
    }

    private static string? ConvertFlowList(string text, List<Line> lines, int keyLine, string question, out string? problem)
    {
        problem = null;
        var content = lines[keyLine].Content(text);
        var items = new List<string>();
        var end = -1;
        try
        {
            var parser = new Parser(new StringReader(content));
            var depth = 0;
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case SequenceStart:
                        depth++;
                        break;
                    case SequenceEnd sequenceEnd:
                        depth--;

                        // YamlDotNet marks a flow sequence's end at its ']' rather than after it.
                        end = content.IndexOf(']', (int)sequenceEnd.Start.Index) + 1;
                        break;
                    case MappingStart when depth > 0:
                        problem = "'questions' holds something other than plain questions; add the question by hand";
                        return null;
                    case YamlDotNet.Core.Events.Scalar scalar when depth > 0:
                        items.Add(scalar.Value);
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            problem = "'questions' is a [flow, list] spread over several lines; rewrite it as one '- question' line per phrasing";
            return null;
        }

        if (end <= 0)
        {
            problem = "'questions' is not a list; write it as one '- question' line per phrasing";
            return null;
        }

        var newline = lines[keyLine].Newline(text);
        if (newline.Length == 0)
        {
            newline = DetectNewline(text);
        }

        var trailing = content[end..].TrimEnd();
        var block = new StringBuilder("questions:");
        if (trailing.Length > 0)
        {
            block.Append(' ').Append(trailing.TrimStart());
        }

        foreach (var item in items.Append(question))
        {
            block.Append(newline).Append("  - ").Append(YamlDoubleQuoted.Quote(item));
        }

        var line = lines[keyLine];
        return string.Concat(text.AsSpan(0, line.Start), block.ToString(), text.AsSpan(line.End));
    }

    private static bool IsItem(string trimmed) =>
        trimmed.StartsWith('-') && (trimmed.Length == 1 || trimmed[1] is ' ' or '\t');

    private static string DetectNewline(string text) =>
        text.Contains("\r\n", StringComparison.Ordinal) ? "\r\n" : "\n";

    private static CardFileEditResult Refuse(string text, string message) => new(false, text, message);

    /// <summary>The card's questions and a canonical dump of every other field, read as the loader reads them.</summary>
    private static (List<string>? Questions, string? Others, string? Problem) ReadFrontMatter(string text)
    {
        var document = FrontMatterDocument.Split(text.TrimStart('\uFEFF'), out var splitProblem);
        if (document is null)
        {
            return (null, null, splitProblem);
        }

        YamlNode? root;
        try
        {
            root = SafeYamlReader.Read(document.Yaml, document.YamlLineOffset);
        }
        catch (YamlReadException ex)
        {
            return (null, null, $"line {ex.Line}: {ex.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (not a YamlException) for some malformed input.
            return (null, null, "malformed YAML in the front matter");
        }

        if (root is null || root.Kind != YamlNodeKind.Mapping)
        {
            return (null, null, "the front matter is not a set of fields");
        }

        List<string>? questions = null;
        var others = new StringBuilder();
        foreach (var (key, value) in root.Pairs)
        {
            if (key.Value == "questions")
            {
                if (value.IsNull)
                {
                    questions = [];
                }
                else if (value.Kind == YamlNodeKind.Sequence && value.Items.TrueForAll(i => i.Kind == YamlNodeKind.Scalar))
                {
                    questions = [.. value.Items.Select(i => i.Value!)];
                }
                else
                {
                    return (null, null, "'questions' is not a list of questions; write one '- question' line per phrasing");
                }
            }
            else
            {
                Dump(key, others);
                others.Append('=');
                Dump(value, others);
                others.Append(';');
            }
        }

        return questions is null
            ? (null, null, "the front matter has no 'questions:' field")
            : (questions, others.ToString(), null);
    }

    private static void Dump(YamlNode node, StringBuilder into)
    {
        switch (node.Kind)
        {
            case YamlNodeKind.Scalar:
                into.Append(node.IsNull ? "~" : YamlDoubleQuoted.Quote(node.Value!));
                break;
            case YamlNodeKind.Sequence:
                into.Append('[');
                node.Items.ForEach(i => { Dump(i, into); into.Append(','); });
                into.Append(']');
                break;
            default:
                into.Append('{');
                foreach (var (k, v) in node.Pairs)
                {
                    Dump(k, into);
                    into.Append(':');
                    Dump(v, into);
                    into.Append(',');
                }

                into.Append('}');
                break;
        }
    }

    [GeneratedRegex(@"^questions[ \t]*:(?<rest>.*)$")]
    private static partial Regex QuestionsKey();

    /// <summary>One line of the file by offsets, so text outside the edit is copied untouched.</summary>
    private readonly record struct Line(int Start, int End, int Next)
    {
        public string Content(string text) => text[Start..End];

        public string Newline(string text) => text[End..Next];

        public static List<Line> Split(string text)
        {
            var lines = new List<Line>();
            var start = 0;
            while (start < text.Length)
            {
                var lf = text.IndexOf('\n', start);
                if (lf < 0)
                {
                    lines.Add(new Line(start, text.Length, text.Length));
                    break;
                }

                var end = lf > start && text[lf - 1] == '\r' ? lf - 1 : lf;
                lines.Add(new Line(start, end, lf + 1));
                start = lf + 1;
            }

            return lines;
        }
    }
}
