using System.Globalization;
using System.Text;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Matching;

/// <summary>Shows editors why a question matched what it did: the analysed terms and each candidate's evidence.</summary>
public static class MatchExplainer
{
    public static string Explain(KnowledgeSnapshot snapshot, string question, int candidates = 5)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var index = snapshot.Index;
        var match = CardMatcher.Match(index, question ?? string.Empty, candidates);
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"terms: [{string.Join(", ", match.Query.Terms.Select((t, i) => $"{t}{(index.TermId(t) < 0 ? "?" : string.Empty)}{(match.Query.Focus.Contains(i) ? "*" : string.Empty)}{(match.Query.Factors[i] < 1 ? $"~{match.Query.Factors[i]:F2}" : string.Empty)}"))}]  intent: {match.Query.Intent}  language: {match.Query.Language}");
        foreach (var s in match.Ranked)
        {
            var card = index.Cards[s.Card];
            var phrasing = index.Phrasings[s.Card].Length > 0 ? index.Phrasings[s.Card][s.BestPhrasing].Text : "-";
            sb.AppendLine(c, $"  {s.Confidence:F3} {card.Id}  coverage {s.Coverage:F2} phrase {s.PhraseScore:F2} fuzzy {s.Fuzzy:F2} intent {s.IntentAdjustment:+0.00;-0.00;0}  {(s.NotCovered ? "NOT COVERED, near" : "via")} \"{phrasing}\"");
        }

        return sb.ToString();
    }
}
