using System.Globalization;
using System.Text;

namespace BeritaBot.Core.Evaluation;

/// <summary>Accuracy on a follow-up set: the follow-ups by kind and by register, the openers apart.</summary>
public sealed record FollowUpReport(IReadOnlyList<FollowUpOutcome> Outcomes)
{
    public IEnumerable<FollowUpOutcome> FollowUps => Outcomes.Where(o => o.Case.IsFollowUp);

    /// <summary>The share of follow-up turns answered right (the figure).</summary>
    public double FollowUpAccuracy => Rate(FollowUps);

    public double OpenerAccuracy => Rate(Outcomes.Where(o => !o.Case.IsFollowUp));

    public IEnumerable<(string Group, int Correct, int Total)> ByKind() => Grouped(FollowUps, o => o.Case.Kind);

    public IEnumerable<(string Group, int Correct, int Total)> ByRegister() => Grouped(FollowUps, o => o.Case.Register);

    public string ToText()
    {
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        var followUps = FollowUps.ToList();
        sb.AppendLine(c, $"{Outcomes.Select(o => o.Case.Chat).Distinct(StringComparer.Ordinal).Count()} conversations, {followUps.Count} follow-ups");
        sb.AppendLine("by kind:");
        Append(sb, ByKind());
        sb.AppendLine("by register:");
        Append(sb, ByRegister());
        sb.AppendLine(c, $"  follow-ups answered right: {100 * FollowUpAccuracy:F1}%");
        sb.AppendLine(c, $"  openers answered right:    {100 * OpenerAccuracy:F1}%");
        var wrong = Outcomes.Where(o => !o.IsCorrect).ToList();
        if (wrong.Count > 0)
        {
            sb.AppendLine(c, $"confusions ({wrong.Count}):");
            foreach (var o in wrong)
            {
                var got = o.Answered ? o.Card + (o.UsedTopic ? " (with the topic)" : string.Empty) : "declined (top: " + (o.TopCard ?? "-") + ")";
                sb.AppendLine(c, $"  [{o.Case.Chat} {o.Case.Kind}/{o.Case.Register}] {o.Case.Case.Question}\n      expected {o.Case.Case.Expected}, got {got} @ {o.Confidence:F2}");
            }
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, IEnumerable<(string Group, int Correct, int Total)> rows)
    {
        foreach (var (group, correct, total) in rows)
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {group,-12} {correct,4}/{total,-4} {100.0 * correct / total,6:F1}%");
        }
    }

    private static IEnumerable<(string, int, int)> Grouped(IEnumerable<FollowUpOutcome> outcomes, Func<FollowUpOutcome, string> key) =>
        outcomes.GroupBy(key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count(o => o.IsCorrect), g.Count()));

    private static double Rate(IEnumerable<FollowUpOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1.0 : (double)list.Count(o => o.IsCorrect) / list.Count;
    }
}
