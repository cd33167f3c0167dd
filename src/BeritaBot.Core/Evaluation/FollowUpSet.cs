using System.Globalization;

namespace BeritaBot.Core.Evaluation;

/// <summary>
/// Reads a follow-up set: UTF-8 TSV with the header <c>chat, turn, register, kind, expected, question</c>; the turns of
/// one chat form one conversation, in file order. <c>expected</c> is read as in <see cref="EvalSet"/>.
/// </summary>
public static class FollowUpSet
{
    public const string Header = "chat\tturn\tregister\tkind\texpected\tquestion";

    private const int Fields = 6;

    /// <summary>Whether these lines are a follow-up set rather than a set of standalone questions.</summary>
    public static bool IsFollowUpSet(IReadOnlyList<string> lines) =>
        lines?.FirstOrDefault(l => !l.StartsWith('#') && l.Trim().Length > 0)?.TrimStart('\uFEFF').TrimEnd('\r') == Header;

    /// <exception cref="FormatException">The header is missing or a line is not six tab-separated fields; the message names the line.</exception>
    public static IReadOnlyList<FollowUpCase> Parse(IReadOnlyList<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var cases = new List<FollowUpCase>();
        var headerSeen = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimStart('\uFEFF').TrimEnd('\r');
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (!headerSeen)
            {
                headerSeen = line == Header ? true : throw new FormatException("The first line must be the header 'chat turn register kind expected question' (tab-separated).");
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != Fields || fields.Any(f => f.Trim().Length == 0) || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var turn))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                    $"Line {i + 1}: expected six non-empty tab-separated fields (chat, turn number, register, kind, expected, question)."));
            }

            cases.Add(new FollowUpCase(fields[0].Trim(), turn, fields[2].Trim(), new EvalCase(fields[3].Trim(), fields[4].Trim(), fields[5].Trim(), i + 1)));
        }

        return headerSeen ? cases : throw new FormatException("The file is empty: no header line.");
    }
}
