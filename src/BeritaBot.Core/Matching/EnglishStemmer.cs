namespace BeritaBot.Core.Matching;

/// <summary>
/// Strips the commonest English inflections (plural, -ing, -ed) from words of English-language text, so
/// "protests", "protested" and "protest" meet. Deliberately light: a wrong cut is worse than none.
/// </summary>
internal static class EnglishStemmer
{
    public static string Stem(string word)
    {
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

    private static string Undouble(string stem) =>
        stem.Length > 3 && stem[^1] == stem[^2] && stem[^1] is not ('l' or 's' or 'z') ? stem[..^1] : stem;
}
