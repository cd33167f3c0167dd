using BeritaBot.Core.Insights;
using FuzzySharp;

namespace BeritaBot.Insights.Reporting;

/// <summary>
/// Counts near-identical unanswered questions together: first by identical normalised form, then by merging forms
/// whose FuzzySharp token-sort score reaches the similarity threshold.
/// </summary>
internal sealed class UnansweredGrouper
{
    private const int MaxVariants = 10;

    private readonly int _similarity;
    private readonly int _maxGroupsToMerge;

    public UnansweredGrouper(int similarity, int maxGroupsToMerge)
    {
        _similarity = similarity;
        _maxGroupsToMerge = maxGroupsToMerge;
    }

    public IReadOnlyList<UnansweredGroup> Group(IEnumerable<DeclineRow> rows, int top)
    {
        var exact = rows
            .GroupBy(r => r.Normalized, StringComparer.Ordinal)
            .Select(g => new Cluster(g.Key, [.. g]))
            .OrderByDescending(c => c.Count)
            .ThenByDescending(c => c.LastAsked)
            .ThenBy(c => c.Representative, StringComparer.Ordinal)
            .ToList();

        var merged = new List<Cluster>();
        foreach (var (candidate, index) in exact.Select((c, i) => (c, i)))
        {
            // Compare with each cluster's first (largest) form only, so a chain of small steps cannot drift far.
            var home = index < _maxGroupsToMerge
                ? merged.Find(c => IsNearIdentical(c.Representative, candidate.Representative))
                : null;
            if (home is null)
            {
                merged.Add(candidate);
            }
            else
            {
                home.Absorb(candidate);
            }
        }

        return
        [
            .. merged
                .OrderByDescending(c => c.Count)
                .ThenByDescending(c => c.LastAsked)
                .ThenBy(c => c.Representative, StringComparer.Ordinal)
                .Take(top)
                .Select(c => c.ToGroup()),
        ];
    }

    internal bool IsNearIdentical(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return a.Length == b.Length;
        }

        // Token sort ratio is a Levenshtein ratio over the same characters, so it cannot exceed 200·short/(short+long):
        // skip pairs whose lengths alone rule the threshold out.
        var shorter = Math.Min(a.Length, b.Length);
        var longer = Math.Max(a.Length, b.Length);
        if (200.0 * shorter / (shorter + longer) < _similarity - 1)
        {
            return false;
        }

        // The strings are already normalised; FuzzySharp's own preprocessing would strip non-ASCII letters.
        return Fuzz.TokenSortRatio(a, b) >= _similarity;
    }

    private sealed class Cluster
    {
        private readonly List<DeclineRow> _rows;

        public Cluster(string representative, List<DeclineRow> rows)
        {
            Representative = representative;
            _rows = rows;
        }

        public string Representative { get; }

        public int Count => _rows.Sum(r => r.Count);

        public DateTimeOffset LastAsked => _rows.Max(r => r.LastAsked);

        public void Absorb(Cluster other) => _rows.AddRange(other._rows);

        public UnansweredGroup ToGroup()
        {
            var wordings = _rows
                .GroupBy(r => r.Question, StringComparer.Ordinal)
                .Select(g => (Question: g.Key, Count: g.Sum(r => r.Count), Last: g.Max(r => r.LastAsked)))
                .OrderByDescending(w => w.Count)
                .ThenByDescending(w => w.Last)
                .ThenBy(w => w.Question, StringComparer.Ordinal)
                .ToList();

            var closest = _rows
                .Where(r => r.CardId is not null)
                .GroupBy(r => r.CardId!, StringComparer.Ordinal)
                .Select(g => (CardId: g.Key, Count: g.Sum(r => r.Count), Confidence: g.Max(r => r.MaxConfidence)))
                .OrderByDescending(c => c.Count)
                .ThenByDescending(c => c.Confidence)
                .ThenBy(c => c.CardId, StringComparer.Ordinal)
                .FirstOrDefault();

            return new UnansweredGroup(
                Example: wordings[0].Question,
                NormalizedForm: Representative,
                Count: Count,
                Variants: [.. wordings.Take(MaxVariants).Select(w => w.Question)],
                ClosestCardId: closest.CardId,
                ClosestConfidence: closest.CardId is null ? 0 : closest.Confidence,
                LastAsked: LastAsked);
        }
    }
}
