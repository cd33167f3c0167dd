using System.Collections.Frozen;

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

    private static readonly FrozenSet<string> Roots = WordRoles.Words(WordRoles.Root);

    public static string Stem(string word, Func<string, bool>? isKnownWord = null)
    {
        if (word.Length < 4 || !word.All(char.IsLetter) || Roots.Contains(word))
        {
            return word;
        }

        if (isKnownWord is not null && ColloquialRoot(word, isKnownWord) is { } root)
        {
            return root;
        }

        var state = new StemState(word);
        if (state.Syllables > 2)
        {
            state.RemoveEnding(["kah", "lah", "pun"], isKnownWord);
        }

        if (state.Syllables > 2)
        {
            state.RemoveEnding(["nya", "ku", "mu"], isKnownWord);
        }

        if (state.Syllables <= 2)
        {
            return state.Word;
        }

        if (RootOf(state.Word) is { } whole)
        {
            return whole;
        }

        var beforePrefix = state.Word;
        var prefix = RemoveFirstOrderPrefix(ref state, isKnownWord);
        if (prefix is not null && RootOf(state.Word) is { } inner)
        {
            // ke-…-an over a root names something else: kementerian is the ministry, not the minister.
            return prefix == "ke" && inner != state.Word ? beforePrefix : inner;
        }

        if (prefix is not null)
        {
            if (state.Syllables > 2)
            {
                var beforeSuffix = state.Word;
                RemoveSuffix(ref state, prefix, isKnownWord);
                // Tala strips a second prefix only after a suffix; "memperkuat" also hides one (per+kuat).
                if ((state.Word != beforeSuffix || state.Word.StartsWith("per", StringComparison.Ordinal)) && state.Syllables > 2)
                {
                    RemoveSecondOrderPrefix(ref state, isKnownWord);
                }
            }
        }
        else if (state.Word == beforePrefix && !state.Frozen)
        {
            var second = state.Syllables > 2 ? RemoveSecondOrderPrefix(ref state, isKnownWord) : null;
            if (state.Syllables > 2)
            {
                RemoveSuffix(ref state, second, isKnownWord);
            }
        }

        return state.Word.Length >= 2 ? state.Word : word;
    }

    /// <summary>
    /// The meN- form of a root (tembus → menembus, pilih → memilih, sampaikan → menyampaikan, kirim → mengirim): a
    /// knowledge that writes only "menembus" keeps it whole, since it cannot tell t+embus from n+embus, so a reader's
    /// "ditembus" meets it through this form.
    /// </summary>
    public static string MeNForm(string root)
    {
        if (root.Length < 3)
        {
            return root;
        }

        var first = root[0];
        return first switch
        {
            _ when Vowels.Contains(first) => "meng" + root,
            'k' => "meng" + root[1..],
            'g' or 'h' => "meng" + root,
            'p' => "mem" + root[1..],
            'b' or 'f' or 'v' => "mem" + root,
            't' => "men" + root[1..],
            'd' or 'c' or 'j' or 'z' => "men" + root,
            's' when root.StartsWith("sy", StringComparison.Ordinal) => "men" + root,
            's' => "meny" + root[1..],
            _ => "me" + root,
        };
    }

    /// <summary>The root a word is, or is with a suffix ("pemerintahan", "kementerian" once ke- is off), if the roots list has it.</summary>
    private static string? RootOf(string w)
    {
        if (Roots.Contains(w))
        {
            return w;
        }

        foreach (var suffix in (ReadOnlySpan<string>)["kan", "an", "i"])
        {
            if (w.Length > suffix.Length + 3 && w.EndsWith(suffix, StringComparison.Ordinal) && w[..^suffix.Length] is var cut && Roots.Contains(cut))
            {
                return cut;
            }
        }

        return null;
    }

    /// <summary>
    /// Jakarta chat forms of verbs: nge-/ng-/ny-/n-/m- for meN-, and -in for -kan/-i ("nengahin" = menengahi,
    /// "ngerebut" = merebut, "nahan" = menahan, "jagain" = menjaga). Only a reading whose root the knowledge knows is
    /// taken, so formal words that merely start with these letters are left to the normal rules.
    /// </summary>
    private static string? ColloquialRoot(string word, Func<string, bool> isKnown)
    {
        var bases = new List<string>(2) { word };
        if (word.Length > 4 && word.EndsWith("in", StringComparison.Ordinal))
        {
            bases.Add(word[..^2]);
        }

        foreach (var b in bases)
        {
            foreach (var candidate in ColloquialPrefixReadings(b))
            {
                if (candidate.Length >= 3 && RootKnown(isKnown, candidate))
                {
                    return Stem(candidate, null);
                }
            }
        }

        // The passive with "-in" (diresmiin, dikumpulin): "di" and "-in" around a known root of four letters or more,
        // when the word without "di" is no known word ("dijamin" is formal: jamin, not jam).
        if (bases.Count > 1 && word.StartsWith("di", StringComparison.Ordinal) && word.Length >= 8
            && !RootKnown(isKnown, word[2..]) && RootKnown(isKnown, word[2..^2]))
        {
            return Stem(word[2..^2], null);
        }

        // "-in" alone (jagain, kasihin): the base is the root when the knowledge knows it and not the word itself
        // (Putin and Kremlin end in -in too).
        return bases.Count > 1 && !isKnown(word) && bases[1].Length >= 3 && RootKnown(isKnown, bases[1]) ? bases[1] : null;
    }

    /// <summary>Every formal reading of a chat verb form, for callers that can check them against known stems.</summary>
    public static IEnumerable<string> ColloquialReadings(string word)
    {
        var bases = word.Length > 4 && word.EndsWith("in", StringComparison.Ordinal) ? new[] { word, word[..^2] } : [word];
        foreach (var b in bases)
        {
            if (b != word)
            {
                yield return b;
            }

            foreach (var reading in ColloquialPrefixReadings(b))
            {
                yield return reading;
                if (FinalAWrittenAsE(reading) is { } formalVowel)
                {
                    yield return formalVowel;
                }
            }

            if (FinalAWrittenAsE(b) is { } formal)
            {
                yield return formal;
            }
        }
    }

    /// <summary>Jakarta speech turns a closed final "a" into "e": deket = dekat, bener = benar, temen = teman.</summary>
    private static string? FinalAWrittenAsE(string w)
    {
        var i = w.LastIndexOf('e');
        if (i <= 0 || i >= w.Length - 1 || w.AsSpan(i + 1).IndexOfAny("aeiou") >= 0 || Vowels.Contains(w[i - 1], StringComparison.Ordinal))
        {
            return null;
        }

        return string.Concat(w.AsSpan(0, i), "a", w.AsSpan(i + 1));
    }

    private static IEnumerable<string> ColloquialPrefixReadings(string w)
    {
        if (w.StartsWith("nge", StringComparison.Ordinal) && w.Length > 5 && !IsVowelAt(w, 3))
        {
            yield return w[3..];
        }

        if (w.StartsWith("ny", StringComparison.Ordinal) && IsVowelAt(w, 2))
        {
            yield return "s" + w[2..];
            yield return "c" + w[2..];
        }
        else if (w.StartsWith("ng", StringComparison.Ordinal) && IsVowelAt(w, 2))
        {
            yield return w[2..];
            yield return "k" + w[2..];

            // Chat drops the h that formal meng- keeps: ngadang = menghadang, ngilang = menghilang.
            yield return "h" + w[2..];
        }
        else if (w.StartsWith('n') && IsVowelAt(w, 1))
        {
            yield return "t" + w[1..];
        }
        else if (w.StartsWith('m') && IsVowelAt(w, 1))
        {
            // mem- over a p- root, with the me- dropped: mimpin = memimpin, milih = memilih, mantau = memantau.
            yield return "p" + w[1..];
        }
        else if ((w.StartsWith("nd", StringComparison.Ordinal) || w.StartsWith("mb", StringComparison.Ordinal)) && IsVowelAt(w, 2))
        {
            // Javanese-flavoured chat nasalises d- and b- roots by prefixing the nasal alone: nduduki, mbantu.
            yield return w[1..];
        }
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
            return Apply(ref s, IsVowelAt(rest, 0) ? Prefer(isKnown, w, rest, "k" + rest) : rest, w[..4]);
        }

        if ((w.StartsWith("meny", StringComparison.Ordinal) || w.StartsWith("peny", StringComparison.Ordinal)) && IsVowelAt(w, 4))
        {
            return Apply(ref s, Prefer(isKnown, w, "s" + w[4..], "ny" + w[4..]), w[..4]);
        }

        if (w.StartsWith("men", StringComparison.Ordinal) || w.StartsWith("pen", StringComparison.Ordinal))
        {
            var rest = w[3..];
            return Apply(ref s, IsVowelAt(rest, 0) ? Prefer(isKnown, w, "t" + rest, "n" + rest) : rest, w[..3]);
        }

        if (w.StartsWith("mem", StringComparison.Ordinal) || w.StartsWith("pem", StringComparison.Ordinal))
        {
            var rest = w[3..];
            return Apply(ref s, IsVowelAt(rest, 0) ? Prefer(isKnown, w, "p" + rest, "m" + rest) : rest, w[..3]);
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

    private static string? RemoveSecondOrderPrefix(ref StemState s, Func<string, bool>? isKnown)
    {
        var w = s.Word;
        if (w.Length < 5)
        {
            return null;
        }

        // pengaruh is a word, not pe+ngaruh: when the dictionary knows the word but no shorter form, keep it.
        if (isKnown is not null && isKnown(w) && !KnownWithSuffixes(isKnown, w[2..]) && !KnownWithSuffixes(isKnown, w[3..]))
        {
            return null;
        }

        // ke+pemimpin+an: a nasal pe- under another prefix assimilates like the first-order one (pimpin, not mimpin).
        if (w.StartsWith("pem", StringComparison.Ordinal) || w.StartsWith("pen", StringComparison.Ordinal))
        {
            return RemoveFirstOrderPrefix(ref s, isKnown);
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

    private static void RemoveSuffix(ref StemState s, string? prefix, Func<string, bool>? isKnown)
    {
        var w = s.Word;
        string? cut = null;
        if (w.EndsWith("kan", StringComparison.Ordinal) && prefix is not ("ke" or "peng" or "pe"))
        {
            // pembentukan is pem+bentuk+an, not pem+bentu+kan: the dictionary decides when it knows only one root.
            cut = isKnown is not null && prefix is not ("di" or "meng" or "ter") && !RootKnown(isKnown, w[..^3]) && RootKnown(isKnown, w[..^2])
                ? w[..^2]
                : w[..^3];
        }
        else if (w.EndsWith("an", StringComparison.Ordinal) && prefix is not ("di" or "meng" or "ter"))
        {
            cut = w[..^2];
        }
        else if (w.EndsWith('i') && !w.EndsWith("si", StringComparison.Ordinal) && prefix is not ("ber" or "ke" or "peng"))
        {
            cut = w[..^1];
        }

        // A known word whose cut form is no word at all ends in those letters by itself: damai, not dama+i.
        if (cut is not null && !(isKnown is not null && isKnown(w) && !RootKnown(isKnown, cut)))
        {
            s.Replace(cut);
        }
    }

    /// <summary>Replaces the word with the prefix-stripped form, or freezes it when no reading is a real word.</summary>
    private static string? Apply(ref StemState s, string? stripped, string prefix)
    {
        if (stripped is null)
        {
            s.Freeze();
            return null;
        }

        s.Replace(stripped);
        return prefix;
    }

    /// <returns>
    /// The reading whose root the dictionary knows; the first when it knows neither; null (keep the word whole) when
    /// it knows neither root but knows the word itself, as with nouns like "pengaruh" that only look prefixed.
    /// </returns>
    private static string? Prefer(Func<string, bool>? isKnown, string word, string first, string second)
    {
        if (isKnown is null)
        {
            return first;
        }

        var firstKnown = KnownWithSuffixes(isKnown, first);
        var secondKnown = KnownWithSuffixes(isKnown, second);
        if (secondKnown && !firstKnown)
        {
            return second;
        }

        if (!firstKnown && !secondKnown && isKnown(word))
        {
            return null;
        }

        return first;
    }

    private static bool KnownWithSuffixes(Func<string, bool> isKnown, string candidate) =>
        RootKnown(isKnown, candidate)
        || (candidate.EndsWith("kan", StringComparison.Ordinal) && RootKnown(isKnown, candidate[..^3]))
        || (candidate.EndsWith("an", StringComparison.Ordinal) && RootKnown(isKnown, candidate[..^2]))
        || (candidate.EndsWith('i') && RootKnown(isKnown, candidate[..^1]));

    /// <summary>A root counts as known when the dictionary has it bare or in a common derived form.</summary>
    private static bool RootKnown(Func<string, bool> isKnown, string root) =>
        isKnown(root) || isKnown(root + "an") || isKnown("ber" + root) || isKnown("di" + root) || isKnown("ter" + root);

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

        /// <summary>True when no prefix reading was a real word: stemming stops here.</summary>
        public bool Frozen { get; private set; }

        public void Freeze() => Frozen = true;

        /// <summary>Strips a particle or possessive, unless the dictionary says the word is whole (bertemu is not berte+mu).</summary>
        public void RemoveEnding(string[] endings, Func<string, bool>? isKnown)
        {
            foreach (var ending in endings)
            {
                if (Word.Length > ending.Length + 2 && Word.EndsWith(ending, StringComparison.Ordinal))
                {
                    var cut = Word[..^ending.Length];
                    if (isKnown is not null && isKnown(Word) && !RootKnown(isKnown, cut) && ending != "nya")
                    {
                        return;
                    }

                    // masalah, sekolah, salah: a known word ending in -lah is far likelier a root than word+lah.
                    if (isKnown is not null && ending == "lah" && isKnown(Word))
                    {
                        return;
                    }

                    Replace(cut);
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
