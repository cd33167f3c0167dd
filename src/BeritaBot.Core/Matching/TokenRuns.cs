namespace BeritaBot.Core.Matching;

/// <summary>Several-word phrases (alias variants, "sehari sebelum", outlet names) found in a token list.</summary>
internal static class TokenRuns
{
    /// <summary>Whether <paramref name="words"/> stand in <paramref name="tokens"/> from <paramref name="start"/> on.</summary>
    public static bool StartsAt(IReadOnlyList<string> tokens, int start, IReadOnlyList<string> words)
    {
        if (start + words.Count > tokens.Count)
        {
            return false;
        }

        for (var j = 0; j < words.Count; j++)
        {
            if (!string.Equals(tokens[start + j], words[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
