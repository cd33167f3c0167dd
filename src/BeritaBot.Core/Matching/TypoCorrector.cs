using System.Collections.Frozen;
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

    private static readonly string[] Clitics = ["nya", "lah", "kah", "pun"];

    /// <summary>The lexicon's words: roots the stemmer may stop at, and, from five letters, targets of a slip.</summary>
    private static readonly FrozenSet<string> LexiconWords = SynonymLexicon.Groups.SelectMany(g => g)
        .Where(w => w.Length >= MinLength)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A slip in a word the cards say only in other words ("jabtan" when a card says "posisi") is still a slip. The
    /// lexicon's trigrams are shared by every knowledge; the knowledge's own spelling wins a tie.
    /// </summary>
    private static readonly TrigramIndex Lexicon = new(LexiconWords.Where(w => w.Length > MinLength).Order(StringComparer.Ordinal));

    private readonly TrigramIndex _known;
    private readonly Dictionary<string, int> _frequency;

    public TypoCorrector(IReadOnlyDictionary<string, int> vocabularyWithFrequency)
    {
        _frequency = new Dictionary<string, int>(vocabularyWithFrequency, StringComparer.Ordinal);

        // A slip in the question word ("berpa", "apakh") or in its framing ("tanggl berapa") costs the question its
        // kind: correct towards them too, or "tanggl" lands on a card's "tangga" and asks how many.
        // A yes/no word ("apakh") is asking too.
        var questionForms = WordRoles.ChatForms.Where(p => IntentDetector.QuestionWords.Contains(p.Value)).Select(p => p.Key);
        var asking = IntentDetector.QuestionWords.Concat(questionForms).Concat(WordRoles.Words(WordRoles.Framing)).Concat(WordRoles.Words(WordRoles.YesNo));
        foreach (var word in asking.Where(w => w.Length >= MinLength).Distinct().Order(StringComparer.Ordinal))
        {
            _frequency.TryAdd(word, 1);
        }

        _known = new TrigramIndex(_frequency.Keys.Where(w => w.Length >= MinLength - 1 && !w.All(char.IsDigit)));
    }

    /// <summary>The words it corrects to with their frequencies, in the order it was given them (ties go by it), then the question and framing words it added.</summary>
    public IReadOnlyDictionary<string, int> Vocabulary => _frequency;

    /// <summary>The knowledge has the word, or the lexicon lists it: a root the stemmer may stop at ("muji" is "puji" nasalised).</summary>
    public bool IsKnown(string word) => _frequency.ContainsKey(word) || LexiconWords.Contains(word);

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
            if (swapped != word && IsKnown(swapped))
            {
                swap = swapped;
            }
        }

        var closest = Closest(word);
        if (closest is null && swap is null)
        {
            // A clitic carries a slip past the similarity floor ("jabtannya" is two letters longer than "jabatan"):
            // correct the word without it, which is what a card's phrasing would spell.
            // A bare word that is a word already ("bisakah") has no slip to correct.
            foreach (var clitic in Clitics)
            {
                if (word.Length - clitic.Length >= MinLength && word.EndsWith(clitic, StringComparison.Ordinal))
                {
                    var bare = word[..^clitic.Length];
                    return IsKnown(bare) || StopWords.All.Contains(bare) ? null : Closest(bare);
                }
            }
        }

        // A swap and a dropped letter are both one slip ("agng": "gang" or "agung"); the word the knowledge uses
        // more is the likelier one, not whichever slip was tried first.
        if (swap is not null && (closest is not { } other || Frequency(swap) >= Frequency(other.Word)))
        {
            return (swap, SwapSimilarity);
        }

        return closest;
    }

    private (string Word, double Similarity)? Closest(string word)
    {
        // Short words have close real neighbours ("lahir" is not a typo of "akhir"): demand more of them, and more
        // again when the first letter differs, which real typos rarely change.
        var baseFloor = word.Length <= 5 ? 0.85 : 0.8;
        string? best = null;
        var bestScore = 0.0;
        var known = _known.Candidates(word, MaxCandidatesScored).Select(w => (Word: w, Slips: w.Length <= 5 ? 1 : 3));

        // A word the knowledge does not use is a likelier slip only one letter away: "lachin" is no "launching".
        var listed = Lexicon.Candidates(word, MaxCandidatesScored).Select(w => (Word: w, Slips: 1));
        foreach (var (candidate, slips) in known.Concat(listed))
        {
            // Two stray letters in a short word are rarely a typo: "lachin" is a name the knowledge lacks, not "lain".
            if (candidate == word || Math.Abs(candidate.Length - word.Length) > slips)
            {
                continue;
            }

            var score = Fuzz.Ratio(word, candidate) / 100.0;
            var floor = candidate[0] == word[0] ? baseFloor : Math.Max(baseFloor, 0.9);
            if (score < floor)
            {
                continue;
            }

            if (score > bestScore || (score == bestScore && best is not null && Frequency(candidate) > Frequency(best)))
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best is not null ? (best, bestScore) : null;
    }

    private int Frequency(string word) => _frequency.GetValueOrDefault(word);
}
