namespace BeritaBot.Core.Matching;

/// <summary>
/// "Sehari sebelum X" / "the day before X" names an event by its place next to another one. Read word by word, the
/// question looks like one about X itself, and the card about X wins; read as one term, it meets the card that
/// says "sehari sebelum X" in its answer, in either language.
/// </summary>
internal static class RelativeDayPhrases
{
    public const string DayBefore = "sehari_sebelum";
    public const string DayAfter = "sehari_setelah";

    private static readonly (string[] Words, string Term)[] Phrases =
    [
        (["sehari", "sebelum"], DayBefore),
        (["sehari", "sebelumnya"], DayBefore),
        (["1", "hari", "sebelum"], DayBefore),
        (["1", "hari", "sebelumnya"], DayBefore),
        (["day", "before"], DayBefore),
        (["previous", "day"], DayBefore),
        (["day", "earlier"], DayBefore),
        (["sehari", "setelah"], DayAfter),
        (["sehari", "setelahnya"], DayAfter),
        (["sehari", "sesudah"], DayAfter),
        (["sehari", "sesudahnya"], DayAfter),
        (["sehari", "usai"], DayAfter),
        (["sehari", "seusai"], DayAfter),
        (["sehari", "kemudian"], DayAfter),
        (["1", "hari", "setelah"], DayAfter),
        (["1", "hari", "sesudah"], DayAfter),
        (["keesokan", "harinya"], DayAfter),
        (["keesokan", "hari"], DayAfter),
        (["esok", "harinya"], DayAfter),
        (["day", "after"], DayAfter),
        (["next", "day"], DayAfter),
        (["following", "day"], DayAfter),
        (["day", "later"], DayAfter),
    ];

    public static bool IsRelation(string term) => term is DayBefore or DayAfter;

    /// <summary>Replaces each phrase in the token list by its one term.</summary>
    public static void Merge(List<string> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var (words, term) in Phrases)
            {
                if (TokenRuns.StartsAt(tokens, i, words))
                {
                    tokens[i] = term;
                    tokens.RemoveRange(i + 1, words.Length - 1);
                    break;
                }
            }
        }
    }
}
