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
            .Select(g => new Cluster(g.Key, new FormKey(g.Key), [.. g]))
            .OrderByDescending(c => c.Count)
            .ThenByDescending(c => c.LastAsked)
            .ThenBy(c => c.Representative, StringComparer.Ordinal)
            .ToList();

        var merged = new List<Cluster>();

        // Clusters by the length of their sorted form: a pair whose lengths differ too much cannot reach the
        // threshold, so a candidate only looks at clusters of nearby lengths.
        var byLength = new Dictionary<int, List<Cluster>>();
        foreach (var (candidate, index) in exact.Select((c, i) => (c, i)))
        {
            var home = index < _maxGroupsToMerge ? FindHome(candidate, byLength) : null;
            if (home is null)
            {
                candidate.Order = merged.Count;
                merged.Add(candidate);
                var length = candidate.Key.Sorted.Length;
                if (!byLength.TryGetValue(length, out var bucket))
                {
                    byLength[length] = bucket = [];
                }

                bucket.Add(candidate);
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

    /// <summary>The earliest cluster (the most frequent) whose form is near-identical, as a plain scan would find.</summary>
    private Cluster? FindHome(Cluster candidate, Dictionary<int, List<Cluster>> byLength)
    {
        var length = candidate.Key.Sorted.Length;
        var slack = MaxLengthDifference(length);
        Cluster? best = null;
        for (var other = Math.Max(0, length - slack); other <= length + slack; other++)
        {
            if (byLength.TryGetValue(other, out var bucket)
                && bucket.Find(c => (best is null || c.Order < best.Order) && IsNearIdentical(c.Key, candidate.Key)) is { } found)
            {
                best = found;
            }
        }

        return best;
    }

    /// <summary>
    /// The largest length difference that can still reach the threshold: with lengths a ≤ b the ratio is at most
    /// 200·a/(a+b).
    /// </summary>
    private int MaxLengthDifference(int length)
    {
        var needed = (_similarity - 0.5) / 100.0;

        // Longer partner: 2a/(a+b) ≥ needed ⇔ b ≤ a(2 − needed)/needed; the shorter side is always closer.
        return needed <= 0 ? int.MaxValue / 2 : (int)Math.Ceiling(length * (2 - needed) / needed) - length;
    }

    internal bool IsNearIdentical(string a, string b) => IsNearIdentical(new FormKey(a), new FormKey(b));

    private bool IsNearIdentical(FormKey a, FormKey b)
    {
        if (a.Sorted.Length == 0 || b.Sorted.Length == 0)
        {
            return a.Sorted.Length == b.Sorted.Length;
        }

        // Ratio = 100·(total − indel distance)/total, and the distance is at least the difference of the strings'
        // character counts. Pairs that this cheap bound rules out never reach the quadratic Levenshtein step; it
        // discards no pair that could score high enough.
        var total = a.Sorted.Length + b.Sorted.Length;
        var allowed = total * (100.0 - (_similarity - 0.5)) / 100.0;
        if (total - (2 * CommonCharacters(a.Characters, b.Characters)) > allowed)
        {
            return false;
        }

        // Token sort ratio on already-normalised text: FuzzySharp's own preprocessing would strip non-ASCII letters,
        // and its token sort uses the current culture's ordering, so the tokens are sorted here, ordinally, once.
        return Fuzz.Ratio(a.Sorted, b.Sorted) >= _similarity;
    }

    private static int CommonCharacters(char[] a, char[] b)
    {
        int i = 0, j = 0, common = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                common++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return common;
    }

    /// <summary>A normalised form prepared once for many comparisons: tokens sorted, and its characters sorted.</summary>
    private sealed class FormKey
    {
        public FormKey(string normalized)
        {
            var tokens = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Array.Sort(tokens, StringComparer.Ordinal);
            Sorted = string.Join(' ', tokens);
            Characters = Sorted.ToCharArray();
            Array.Sort(Characters);
        }

        public string Sorted { get; }

        public char[] Characters { get; }
    }

    private sealed class Cluster
    {
        private readonly List<DeclineRow> _rows;

        public Cluster(string representative, FormKey key, List<DeclineRow> rows)
        {
            Representative = representative;
            Key = key;
            _rows = rows;
        }

        public string Representative { get; }

        public FormKey Key { get; }

        /// <summary>Position among the merged clusters: earlier means more frequent.</summary>
        public int Order { get; set; }

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
