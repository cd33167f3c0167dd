using System.Globalization;
using System.Text;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching.Scoring;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Shows editors why a question matched what it did: the analysed question, and for each candidate every feature
/// with its weight and contribution, which add up (with the bias) to the linear score whose sigmoid is the
/// confidence, then what the model's trees add to that score and which features their splits turned on. It runs the matcher exactly as the answer service does (<see cref="CardMatcher.MatchQuestion"/>).
/// </summary>
public static class MatchExplainer
{
    public static string Explain(KnowledgeSnapshot snapshot, string question, int candidates = 5)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var index = snapshot.Index;
        var match = CardMatcher.MatchQuestion(index, question ?? string.Empty);
        var model = index.Model;
        var c = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(c, $"terms: [{string.Join(", ", match.Query.Terms.Select((t, i) => $"{t}{(index.TermId(t) < 0 ? "?" : string.Empty)}{(match.Query.Focus.Contains(i) ? "*" : string.Empty)}{(match.Query.Factors[i] < 1 ? $"~{match.Query.Factors[i]:F2}" : string.Empty)}"))}]  intent: {match.Query.Intent}{(match.Query.AsksYesNo ? " (yes/no)" : string.Empty)}  language: {match.Query.Language}");
        var trees = model.Trees is { } t ? $" + {t.Trees.Count} trees" : string.Empty;
        sb.AppendLine(c, $"model: p = sigmoid(bias {model.Bias:+0.000;-0.000} + sum of weight x feature{trees}); answers at p >= {model.Threshold:F3}");
        foreach (var s in match.Ranked.Take(candidates))
        {
            var card = index.Cards[s.Card];
            var phrasing = index.Phrasings[s.Card].Length > 0 ? index.Phrasings[s.Card][s.BestPhrasing].Text : "-";
            sb.AppendLine(c, $"  p {s.Confidence:F3}  {card.Id}  (fit {s.Fit:+0.000;-0.000}; {(s.NotCovered ? "NOT COVERED, near" : "via")} \"{phrasing}\")");
            foreach (var feature in Enum.GetValues<MatchFeature>())
            {
                var value = s[feature];
                var weight = model.WeightVector[(int)feature];
                if (value != 0)
                {
                    sb.AppendLine(c, $"      {feature,-16} {value,7:F3} x {weight,7:+0.000;-0.000} = {value * weight,7:+0.000;-0.000}");
                }
            }

            if (model.Trees is { } decisionTrees)
            {
                var linear = model.Linear(s.Features);
                var (roots, shares) = decisionTrees.Explain(s.Features, linear);
                var turnedOn = string.Join(", ", shares.Where(p => Math.Abs(p.Value) >= 0.0005).OrderByDescending(p => Math.Abs(p.Value)).Take(5).Select(p => $"{p.Key} {p.Value:+0.000;-0.000}"));
                sb.AppendLine(c, $"      trees add {model.Adjustment(s.Features, linear),7:+0.000;-0.000} to {linear:+0.000;-0.000}: base {roots:+0.000;-0.000}{(turnedOn.Length > 0 ? "; " + turnedOn : string.Empty)}");
            }
        }

        return sb.ToString();
    }
}
