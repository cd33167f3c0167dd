using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Strips the commonest English inflections (plural, -ing, -ed) from words of English-language text, so
/// "protests", "protested" and "protest" meet. Deliberately light: a wrong cut is worse than none.
/// </summary>
internal static class EnglishStemmer
{
    /// <summary>Irregular past forms that no suffix rule reaches.</summary>
    private static readonly FrozenDictionary<string, string> Irregular = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["came"] = "come", ["went"] = "go", ["took"] = "take", ["taken"] = "take", ["told"] = "tell", ["won"] = "win",
        ["began"] = "begin", ["begun"] = "begin", ["met"] = "meet", ["held"] = "hold", ["fought"] = "fight",
        ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["left"] = "leave", ["sent"] = "send",
        ["brought"] = "bring", ["thought"] = "think", ["knew"] = "know", ["known"] = "know", ["saw"] = "see",
        ["seen"] = "see", ["became"] = "become", ["led"] = "lead", ["broke"] = "break", ["broken"] = "break",
        ["chose"] = "choose", ["chosen"] = "choose", ["lost"] = "lose", ["paid"] = "pay", ["spoke"] = "speak",
        ["spoken"] = "speak", ["wrote"] = "write", ["written"] = "write", ["sat"] = "sit", ["stood"] = "stand",
        ["struck"] = "strike", ["sought"] = "seek", ["rose"] = "rise", ["fell"] = "fall", ["fallen"] = "fall",
        ["drove"] = "drive", ["driven"] = "drive", ["kept"] = "keep", ["felt"] = "feel", ["meant"] = "mean",
        ["ran"] = "run", ["hit"] = "hit", ["shot"] = "shoot", ["caught"] = "catch", ["built"] = "build",
        ["children"] = "child", ["men"] = "man", ["women"] = "woman", ["people"] = "person",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        if (Irregular.TryGetValue(word, out var root))
        {
            return root;
        }

        if (word.Length < 4 || !word.All(char.IsLetter))
        {
            return word;
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        if (word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 5)
        {
            return Undouble(word[..^3]);
        }

        if (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4)
        {
            return Undouble(word.EndsWith("ied", StringComparison.Ordinal) ? word[..^3] + "y" : word[..^2]);
        }

        if (word.EndsWith("es", StringComparison.Ordinal) && (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)))
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return word;
    }

    /// <summary>Undoubles "stopp" to "stop"; restores the e of a short consonant-vowel-consonant stem ("tak" → "take").</summary>
    private static string Undouble(string stem)
    {
        if (stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z'))
        {
            return stem[..^1];
        }

        return stem.Length is 3 or 4 && IsConsonant(stem[^3]) && !IsConsonant(stem[^2]) && IsConsonant(stem[^1]) && stem[^1] is not ('w' or 'x' or 'y')
            && (stem.Length == 3 || IsConsonant(stem[0]))
            ? stem + "e"
            : stem;
    }

    private static bool IsConsonant(char c) => c is not ('a' or 'e' or 'i' or 'o' or 'u');
}
