namespace BeritaBot.Core.Matching;

/// <summary>Words by the character trigrams they hold, so a typo is compared in full only with words sharing most of its trigrams.</summary>
internal sealed class TrigramIndex
{
    private readonly string[] _words;
    private readonly Dictionary<string, int[]> _trigrams;

    public TrigramIndex(IEnumerable<string> words)
    {
        _words = words.ToArray();
        var lists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < _words.Length; i++)
        {
            foreach (var gram in Trigrams(_words[i]).Distinct())
            {
                if (!lists.TryGetValue(gram, out var list))
                {
                    lists[gram] = list = [];
                }

                list.Add(i);
            }
        }

        _trigrams = lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> words sharing at least a third of the trigrams of <paramref name="word"/>,
    /// most shared first: a typo keeps most trigrams, and a word sharing few cannot reach a similarity floor anyway.
    /// </summary>
    public IEnumerable<string> Candidates(string word, int limit)
    {
        var grams = Trigrams(word).Distinct().ToArray();
        var shared = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            if (_trigrams.TryGetValue(gram, out var ids))
            {
                foreach (var id in ids)
                {
                    shared[id] = shared.GetValueOrDefault(id) + 1;
                }
            }
        }

        return shared.OrderByDescending(kv => kv.Value)
            .Take(limit)
            .TakeWhile(kv => kv.Value * 3 >= grams.Length)
            .Select(kv => _words[kv.Key]);
    }

    private static IEnumerable<string> Trigrams(string word)
    {
        var padded = "^" + word + "$";
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            yield return padded.Substring(i, 3);
        }
    }
}
