namespace BeritaBot.Core.Matching;

/// <summary>
/// A light Indonesian affix stemmer after Tala's rules (particle, possessive, first-order prefix, suffix,
/// second-order prefix), applied only while the word keeps more than two vowels, so short roots are never cut.
/// Where a prefix hides the root's first letter (menanam → tanam, memimpin → pimpin, mengakhiri → akhiri), a
/// dictionary of known words — the knowledge's own vocabulary — picks the reading that is a real word. Queries and
/// cards are stemmed the same way, so a harmless over-stem on both sides still matches.
/// </summary>
internal static class IndonesianStemmer
{
    private const string Vowels = "aeiou";

    public static string Stem(string word, Func<string, bool>? isKnownWord = null)
    {
        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return word;
        }

        var state = new StemState(word);
        if (state.Syllables > 2)
        {
            state.RemoveEnding(["kah", "lah", "pun"]);
        }

        if (state.Syllables > 2)
        {
            state.RemoveEnding(["nya", "ku", "mu"]);
        }

        if (state.Syllables <= 2)
        {
            return state.Word;
        }

        var beforePrefix = state.Word;
        var prefix = RemoveFirstOrderPrefix(ref state, isKnownWord);
        if (prefix is not null)
        {
            if (state.Syllables > 2)
            {
                var beforeSuffix = state.Word;
                RemoveSuffix(ref state, prefix);
                if (state.Word != beforeSuffix && state.Syllables > 2)
                {
                    RemoveSecondOrderPrefix(ref state);
                }
            }
        }
        else if (state.Word == beforePrefix)
        {
            var second = state.Syllables > 2 ? RemoveSecondOrderPrefix(ref state) : null;
            if (state.Syllables > 2)
            {
                RemoveSuffix(ref state, second);
            }
        }

        return state.Word.Length >= 2 ? state.Word : word;
    }

    private static string? RemoveFirstOrderPrefix(ref StemState s, Func<string, bool>? isKnown)
    {
        var w = s.Word;
        if (w.Length < 5)
        {
            return null;
        }

        if (w.StartsWith("meng", StringComparison.Ordinal) || w.StartsWith("peng", StringComparison.Ordinal))
        {
            var rest = w[4..];
            // meng+vowel may hide a k: mengatakan → katakan, but mengakhiri → akhiri.
            s.Replace(IsVowelAt(rest, 0) ? Prefer(isKnown, rest, "k" + rest) : rest);
            return w[..4];
        }

        if ((w.StartsWith("meny", StringComparison.Ordinal) || w.StartsWith("peny", StringComparison.Ordinal)) && IsVowelAt(w, 4))
        {
            s.Replace(Prefer(isKnown, "s" + w[4..], "ny" + w[4..]));
            return w[..4];
        }

        if (w.StartsWith("men", StringComparison.Ordinal) || w.StartsWith("pen", StringComparison.Ordinal))
        {
            var rest = w[3..];
            s.Replace(IsVowelAt(rest, 0) ? Prefer(isKnown, "t" + rest, "n" + rest) : rest);
            return w[..3];
        }

        if (w.StartsWith("mem", StringComparison.Ordinal) || w.StartsWith("pem", StringComparison.Ordinal))
        {
            var rest = w[3..];
            s.Replace(IsVowelAt(rest, 0) ? Prefer(isKnown, "p" + rest, "m" + rest) : rest);
            return w[..3];
        }

        if (w.StartsWith("me", StringComparison.Ordinal) && "lmnrwy".Contains(w[2], StringComparison.Ordinal))
        {
            s.Replace(w[2..]);
            return "me";
        }

        if (w.StartsWith("di", StringComparison.Ordinal))
        {
            s.Replace(w[2..]);
            return "di";
        }

        if (w.StartsWith("ter", StringComparison.Ordinal) && !IsVowelAt(w, 3))
        {
            s.Replace(w[3..]);
            return "ter";
        }

        if (w.StartsWith("ke", StringComparison.Ordinal))
        {
            s.Replace(w[2..]);
            return "ke";
        }

        return null;
    }

    private static string? RemoveSecondOrderPrefix(ref StemState s)
    {
        var w = s.Word;
        if (w.Length < 5)
        {
            return null;
        }

        if (w.StartsWith("ber", StringComparison.Ordinal))
        {
            s.Replace(w[3..]);
            return "ber";
        }

        if (w.StartsWith("be", StringComparison.Ordinal) && !IsVowelAt(w, 2) && w.Length > 4 && w[3..5] == "er")
        {
            s.Replace(w[2..]);
            return "ber";
        }

        if (w.StartsWith("per", StringComparison.Ordinal))
        {
            s.Replace(w[3..]);
            return "per";
        }

        if (w.StartsWith("pe", StringComparison.Ordinal))
        {
            s.Replace(w[2..]);
            return "pe";
        }

        return null;
    }

    private static void RemoveSuffix(ref StemState s, string? prefix)
    {
        var w = s.Word;
        if (w.EndsWith("kan", StringComparison.Ordinal) && prefix is not ("ke" or "peng" or "pe"))
        {
            s.Replace(w[..^3]);
        }
        else if (w.EndsWith("an", StringComparison.Ordinal) && prefix is not ("di" or "meng" or "ter"))
        {
            s.Replace(w[..^2]);
        }
        else if (w.EndsWith('i') && !w.EndsWith("si", StringComparison.Ordinal) && prefix is not ("ber" or "ke" or "peng"))
        {
            s.Replace(w[..^1]);
        }
    }

    private static string Prefer(Func<string, bool>? isKnown, string first, string second)
    {
        if (isKnown is null)
        {
            return first;
        }

        if (KnownWithSuffixes(isKnown, second) && !KnownWithSuffixes(isKnown, first))
        {
            return second;
        }

        return first;
    }

    private static bool KnownWithSuffixes(Func<string, bool> isKnown, string candidate) =>
        isKnown(candidate)
        || (candidate.EndsWith("kan", StringComparison.Ordinal) && isKnown(candidate[..^3]))
        || (candidate.EndsWith("an", StringComparison.Ordinal) && isKnown(candidate[..^2]))
        || (candidate.EndsWith('i') && isKnown(candidate[..^1]));

    private static bool IsVowelAt(string w, int index) => index < w.Length && Vowels.Contains(w[index], StringComparison.Ordinal);

    private struct StemState(string word)
    {
        public string Word { get; private set; } = word;

        public int Syllables { get; private set; } = CountVowels(word);

        public void Replace(string word)
        {
            Word = word;
            Syllables = CountVowels(word);
        }

        public void RemoveEnding(string[] endings)
        {
            foreach (var ending in endings)
            {
                if (Word.Length > ending.Length + 2 && Word.EndsWith(ending, StringComparison.Ordinal))
                {
                    Replace(Word[..^ending.Length]);
                    return;
                }
            }
        }

        private static int CountVowels(string w)
        {
            var n = 0;
            foreach (var c in w)
            {
                if (Vowels.Contains(c, StringComparison.Ordinal))
                {
                    n++;
                }
            }

            return n;
        }
    }
}
