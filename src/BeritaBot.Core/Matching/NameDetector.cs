using System.Text.RegularExpressions;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Finds the words a text writes as names: capitalised where a sentence does not start, in at least half of
/// their such uses. Learnt from the knowledge itself, so no list of names lives in code.
/// </summary>
internal static partial class NameDetector
{
    public static IEnumerable<string> Names(IEnumerable<string> texts)
    {
        var counts = new Dictionary<string, (int Capitalised, int Total)>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (Match match in Word().Matches(text))
            {
                if (SentenceStart(text, match.Index))
                {
                    continue;
                }

                var word = match.Value;
                var key = word.ToLowerInvariant();
                var (capitalised, total) = counts.GetValueOrDefault(key);
                counts[key] = (capitalised + (char.IsUpper(word[0]) ? 1 : 0), total + 1);
            }
        }

        return counts.Where(kv => kv.Value.Capitalised * 2 >= kv.Value.Total && kv.Value.Capitalised > 0).Select(kv => kv.Key);
    }

    private static bool SentenceStart(string text, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '"' or '\'' or '(' or '“' or '‘' or '*' or '-' or '—' or '–')
            {
                continue;
            }

            return c is '.' or '!' or '?' or ':' or ';';
        }

        return true;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}]*")]
    private static partial Regex Word();
}
