namespace BeritaBot.Core.Generation;

/// <summary>Misspells one or two longer words the way fast typing does: swapped, dropped, doubled or wrong vowels.</summary>
internal static class TypoMaker
{
    private const string Vowels = "aiueo";

    public static string Misspell(string text, Random random)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(1, Math.Max(0, words.Length - 1))
            .Where(i => words[i].Length >= 5 && words[i].All(char.IsLetter))
            .ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var edits = words.Length > 6 && candidates.Count > 1 ? 2 : 1;
        for (var e = 0; e < edits; e++)
        {
            var pick = random.Next(candidates.Count);
            var i = candidates[pick];
            candidates.RemoveAt(pick);
            words[i] = Edit(words[i], random);
        }

        return string.Join(' ', words);
    }

    private static string Edit(string word, Random random)
    {
        // Never the first letter: real typos rarely change it, and the matcher relies on that too.
        var at = 1 + random.Next(word.Length - 2);
        switch (random.Next(4))
        {
            case 0:
                return string.Concat(word.AsSpan(0, at), word[at + 1].ToString(), word[at].ToString(), word.AsSpan(at + 2));
            case 1:
                return word.Remove(at, 1);
            case 2:
                return word.Insert(at, word[at].ToString());
            default:
                var vowel = word.IndexOfAny(Vowels.ToCharArray(), 1);
                if (vowel < 0)
                {
                    return word.Remove(at, 1);
                }

                var replacement = Vowels[(Vowels.IndexOf(char.ToLowerInvariant(word[vowel]), StringComparison.Ordinal) + 1 + random.Next(4)) % Vowels.Length];
                return string.Concat(word.AsSpan(0, vowel), replacement.ToString(), word.AsSpan(vowel + 1));
        }
    }
}
