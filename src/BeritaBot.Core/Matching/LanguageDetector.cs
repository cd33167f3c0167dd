using System.Collections.Frozen;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Matching;

/// <summary>Tells English from Indonesian by their function words; ties (names only) count as Indonesian.</summary>
internal static class LanguageDetector
{
    private static readonly FrozenSet<string> English = WordRoles.Words(WordRoles.English);

    private static readonly FrozenSet<string> Indonesian = WordRoles.Words(WordRoles.Indonesian);

    public static AnswerLanguage Detect(IReadOnlyList<string> tokens)
    {
        int en = 0, id = 0;
        foreach (var token in tokens)
        {
            if (English.Contains(token))
            {
                en++;
            }

            if (Indonesian.Contains(token))
            {
                id++;
            }
        }

        return en > id ? AnswerLanguage.English : AnswerLanguage.Indonesian;
    }
}
