namespace BeritaBot.Core.Matching;

/// <summary>
/// Lengths of time: questions that ask for one ("berapa lama", "sudah berapa tahun", "how long", "how many
/// years") and texts that state one ("enam pekan", "tiga dekade", "puluhan tahun", "two days", "sejak 1991"). Number words are
/// already digits after <see cref="TextNormalizer.Tokenize"/>.
/// </summary>
internal static class Durations
{
    private static readonly HashSet<string> Units =
    [
        "tahun", "bulan", "pekan", "minggu", "hari", "dekade", "jam", "abad",
        "year", "years", "month", "months", "week", "weeks", "day", "days", "decade", "decades", "hour", "hours",
    ];

    /// <summary>Words that stand for an amount before a unit ("puluhan tahun", "beberapa hari", "several weeks").</summary>
    private static readonly HashSet<string> Amounts = ["puluhan", "ratusan", "beberapa", "belasan", "several", "few", "many", "dozens"];

    /// <summary>One of a unit in a single word: "setahun", "sepekan".</summary>
    private static readonly HashSet<string> Singles = ["setahun", "sebulan", "sepekan", "seminggu", "sehari", "sedekade", "sejam"];

    public static bool Asked(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (word, next) = (tokens[i], tokens[i + 1]);
            // "berapa tahun lalu" asks how long ago (or, in chat, how much last year), not for a length of time.
            var ago = i + 2 < tokens.Count && tokens[i + 2] is "lalu" or "silam" or "ago";
            if ((word is "berapa" && (next is "lama" || (Units.Contains(next) && !ago)))
                || (word is "how" && (next is "long" || (next is "many" && i + 2 < tokens.Count && Units.Contains(tokens[i + 2])))))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Stated(string text)
    {
        var tokens = TextNormalizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            // "Sejak 1991", "since the Soviet collapse": a starting point answers how long, too.
            if (Singles.Contains(tokens[i]) || tokens[i] is "sejak" or "since"
                || (i + 1 < tokens.Count && (tokens[i].All(char.IsDigit) || Amounts.Contains(tokens[i])) && Units.Contains(tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
