using FuzzySharp;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Maps a word the knowledge has never seen to the closest word it has, through a character-trigram index over the
/// vocabulary, so only a handful of words are ever compared in full.
/// </summary>
internal sealed class TypoCorrector
{
    private const int MinLength = 4;
    private const int MaxCandidatesScored = 60;
    private const double SwapSimilarity = 0.92;

    private readonly string[] _words;
    private readonly Dictionary<string, int[]> _trigrams;
    private readonly Dictionary<string, int> _frequency;

    public TypoCorrector(IReadOnlyDictionary<string, int> vocabularyWithFrequency)
    {
        _frequency = new Dictionary<string, int>(vocabularyWithFrequency, StringComparer.Ordinal);

        // A slip in the question word ("berpa", "apakh") or in its framing ("tanggl berapa") costs the question its
        // kind: correct towards them too, or "tanggl" lands on a card's "tangga" and asks how many.
        // "apakah" is read as its chat form's standard word "apa", so it is no question word itself, but "apakh" means it.
        var questionForms = WordRoles.ChatForms.Where(p => IntentDetector.QuestionWords.Contains(p.Value)).Select(p => p.Key);
        var asking = IntentDetector.QuestionWords.Concat(questionForms).Concat(WordRoles.Words(WordRoles.Framing));
        foreach (var word in asking.Where(w => w.Length >= MinLength).Distinct().Order(StringComparer.Ordinal))
        {
            _frequency.TryAdd(word, 1);
        }

        _words = _frequency.Keys.Where(w => w.Length >= MinLength - 1 && !w.All(char.IsDigit)).ToArray();
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

    /// <summary>The words it corrects to with their frequencies, in the order it was given them (ties go by it), then the question and framing words it added.</summary>
    public IReadOnlyDictionary<string, int> Vocabulary => _frequency;

    public bool IsKnown(string word) => _frequency.ContainsKey(word);

    /// <summary>The closest known word and its similarity in [0, 1], or null when nothing is close enough.</summary>
    public (string Word, double Similarity)? Correct(string word)
    {
        if (word.Length < MinLength || word.All(char.IsDigit))
        {
            return null;
        }

        // A swap of neighbours can share no trigram at all with the word meant ("ctso"/"csto"): try them directly.
        string? swap = null;
        var letters = word.ToCharArray();
        for (var i = 0; i + 1 < letters.Length && swap is null; i++)
        {
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            var swapped = new string(letters);
            (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
            if (swapped != word && _frequency.ContainsKey(swapped))
            {
                swap = swapped;
            }
        }

        var closest = Closest(word);

        // A swap and a dropped letter are both one slip ("agng": "gang" or "agung"); the word the knowledge uses
        // more is the likelier one, not whichever slip was tried first.
        if (swap is not null && (closest is not { } other || _frequency[swap] >= _frequency[other.Word]))
        {
            return (swap, SwapSimilarity);
        }

        return closest;
    }

    private (string Word, double Similarity)? Closest(string word)
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

        // A typo keeps most trigrams; candidates sharing few cannot reach the similarity floor anyway.
        // Short words have close real neighbours ("lahir" is not a typo of "akhir"): demand more of them, and more
        // again when the first letter differs, which real typos rarely change.
        var baseFloor = word.Length <= 5 ? 0.85 : 0.8;
        string? best = null;
        var bestScore = 0.0;
        foreach (var (id, count) in shared.OrderByDescending(kv => kv.Value).Take(MaxCandidatesScored))
        {
            if (count * 3 < grams.Length)
            {
                break;
            }

            var candidate = _words[id];
            // Two stray letters in a short word are rarely a typo: "lachin" is a name the knowledge lacks, not "lain".
            if (Math.Abs(candidate.Length - word.Length) > (candidate.Length <= 5 ? 1 : 3))
            {
                continue;
            }

            var score = Fuzz.Ratio(word, candidate) / 100.0;
            var floor = candidate[0] == word[0] ? baseFloor : Math.Max(baseFloor, 0.9);
            if (score < floor)
            {
                continue;
            }

            if (score > bestScore || (score == bestScore && best is not null && _frequency[candidate] > _frequency[best]))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is not null ? (best, bestScore) : null;
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
