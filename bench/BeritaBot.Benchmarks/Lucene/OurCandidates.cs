using BeritaBot.Core.Matching;

namespace BeritaBot.Benchmarks.Lucene;

/// <summary>
/// Our candidate gathering as <see cref="CardMatcher.Rank"/> does it before re-ranking: per known term idf (floored at
/// half an unknown word's) × the typo correction's similarity × the posting's BM25F saturation, summed per card, the
/// top <c>count</c> kept. Ties go to the lower ordinal (the matcher keeps every tie at the cut; here the list is cut
/// at <c>count</c> like Lucene's).
/// </summary>
internal sealed class OurCandidates(CardIndex index)
{
    private const double IdfFloor = 0.5;

    private readonly double[] _scores = new double[index.Cards.Count];
    private readonly List<int> _touched = [];

    /// <summary>Not thread-safe: one instance per thread (it reuses its accumulator).</summary>
    public int[] Top(AnalyzedText query, int count)
    {
        foreach (var card in _touched)
        {
            _scores[card] = 0;
        }

        _touched.Clear();
        var floor = IdfFloor * index.UnknownIdf;
        for (var i = 0; i < query.Terms.Count; i++)
        {
            var id = index.TermId(query.Terms[i]);
            if (id < 0)
            {
                continue;
            }

            var weight = Math.Max(floor, index.Idf[id]) * query.Factors[i];
            foreach (var posting in index.Postings[id])
            {
                if (_scores[posting.Card] == 0)
                {
                    _touched.Add(posting.Card);
                }

                _scores[posting.Card] += weight * (double)posting.Weight;
            }
        }

        // A bounded min-heap: worst kept candidate first (lowest score, then highest ordinal).
        var heap = new PriorityQueue<int, (double Score, int Negated)>(count + 1);
        foreach (var card in _touched)
        {
            heap.Enqueue(card, (_scores[card], -card));
            if (heap.Count > count)
            {
                heap.Dequeue();
            }
        }

        var top = new int[heap.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = heap.Dequeue();
        }

        return top;
    }
}
