using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Answering;

/// <summary>
/// Tells a card's formal phrasings ("Kapan Armenia dan Azerbaijan menandatangani gencatan senjata?") from its
/// chat-style ones ("sp yg jd penengah gencatan senjata?"), which are there for matching, not for showing.
/// </summary>
internal static class PhrasingStyle
{
    private static readonly HashSet<string> ChatParticles = new(StringComparer.Ordinal) { "sih", "dong", "nih", "deh", "kok", "gmn", "gak", "nggak", "ga" };

    /// <summary>Written like a sentence (capital first letter) and with no chat shorthand or particle.</summary>
    public static bool IsFormal(string phrasing)
    {
        var first = phrasing.FirstOrDefault(char.IsLetter);
        if (first == default || !char.IsUpper(first))
        {
            return false;
        }

        var words = phrasing.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return !words.Any(w => ChatAbbreviations.Map.ContainsKey(w) || ChatParticles.Contains(w));
    }

    private static readonly char[] Separators = [' ', ',', '?', '!', '.', ';', ':', '"', '(', ')'];
}
