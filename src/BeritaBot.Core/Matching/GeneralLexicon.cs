using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Everyday Indonesian and English words, spelt correctly. The typo corrector only knows the knowledge's own
/// vocabulary, so on its own it bends real words the coverage never uses into ones it does ("menewaskan" into
/// "menegaskan", "drone" into "done", "senang" into "sedang"); a word listed here is taken as written.
/// </summary>
internal static class GeneralLexicon
{
    private static readonly FrozenSet<string> Indonesian = Load("id").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> English = Load("en").ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Words = Indonesian.Concat(English).ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] PlainPrefixes = ["di", "ter", "ber", "ke", "se"];

    public static bool Contains(string word) => Words.Contains(word);

    /// <summary>
    /// Whether correcting <paramref name="word"/> to <paramref name="correction"/> would replace a real word with
    /// another: not when the two are forms of one word ("pantau"/"pemantau", "protesting"/"protest").
    /// </summary>
    public static bool IsOtherRealWord(string word, string correction) =>
        IsRealWord(word) && !SameWordFamily(word, correction);

    /// <summary>A listed word or an affixed form of one ("ditanya", "separah").</summary>
    public static bool IsRealWord(string word) => Contains(word) || IsAffixedForm(word);

    /// <summary>
    /// An affixed form of a listed word: the list holds roots and common forms, not every derivation, and "ditanya"
    /// is as real as "tanya" ("played" as "play"), not a slip for the knowledge's "tanam".
    /// </summary>
    private static bool IsAffixedForm(string word)
    {
        if (word.Length < 6)
        {
            return false;
        }

        var indonesian = IndonesianStemmer.Stem(word, Contains);
        if (indonesian != word && indonesian.Length >= 4 && Contains(indonesian))
        {
            return true;
        }

        // The stemmer reads a root ending like a clitic as one ("tanya" as tan+nya): a prefix that never changes the
        // root's first letter, off an Indonesian word.
        foreach (var prefix in PlainPrefixes)
        {
            if (word.Length - prefix.Length >= 4 && word.StartsWith(prefix, StringComparison.Ordinal) && Indonesian.Contains(word[prefix.Length..]))
            {
                return true;
            }
        }

        var english = EnglishStemmer.Stem(word);
        return english != word && english.Length >= 4 && English.Contains(english);
    }

    private static readonly string[] Prefixes = ["di", "me", "mem", "men", "meng", "pe", "pem", "pen", "peng", "ber", "ter", "ke", "se"];

    private static readonly string[] Suffixes = ["nya", "kan", "an", "i", "s", "es", "d", "ed", "ing", "ly"];

    private static bool SameWordFamily(string a, string b)
    {
        // Only an affix apart, not merely one inside the other: "manage" is not "mana", nor "padang" "pada".
        if (Affixed(a, b) || Affixed(b, a))
        {
            return true;
        }

        var stemA = IndonesianStemmer.Stem(EnglishStemmer.Stem(a));
        var stemB = IndonesianStemmer.Stem(EnglishStemmer.Stem(b));
        return stemA == stemB || IndonesianStemmer.Stem(a) == IndonesianStemmer.Stem(b) || EnglishStemmer.Stem(a) == EnglishStemmer.Stem(b);
    }

    private static bool Affixed(string root, string word) =>
        word.Length > root.Length
        && ((word.EndsWith(root, StringComparison.Ordinal) && Array.IndexOf(Prefixes, word[..^root.Length]) >= 0)
            || (word.StartsWith(root, StringComparison.Ordinal) && Array.IndexOf(Suffixes, word[root.Length..]) >= 0));

    private static List<string> Load(string language)
    {
        using var stream = typeof(GeneralLexicon).Assembly.GetManifestResourceStream($"BeritaBot.Lexicon.{language}.txt")
            ?? throw new InvalidOperationException($"The {language} word list is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line.Trim());
            }
        }

        return words;
    }
}
