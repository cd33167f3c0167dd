using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Lengths of time: questions that ask for one ("berapa lama", "sudah berapa tahun", "how long", "how many
/// years") and texts that state one ("enam pekan", "tiga dekade", "puluhan tahun", "two days", "sejak 1991"). Number words are
/// already digits after <see cref="TextNormalizer.Tokenize"/>.
/// </summary>
internal static class Durations
{
    private static readonly FrozenSet<string> Units = WordRoles.Words(WordRoles.Period);

    /// <summary>Words that stand for an amount before a unit ("puluhan tahun", "beberapa hari", "several weeks").</summary>
    private static readonly FrozenSet<string> Amounts = WordRoles.Words(WordRoles.PeriodAmount);

    /// <summary>Words after a length of time that make it a point in time ("sehari SETELAH", "two days BEFORE").</summary>
    private static readonly FrozenSet<string> Relative = WordRoles.Words(WordRoles.PeriodRelative);

    /// <summary>One of a unit in a single word: "setahun", "sepekan".</summary>
    private static readonly FrozenSet<string> Singles = WordRoles.Words(WordRoles.PeriodSingle);

    /// <summary>"lama", "long" or a unit of time: the words a question asking how long is made of.</summary>
    public static bool IsLengthWord(string token) => token is "lama" or "long" || Units.Contains(token);

    public static bool Asked(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var (word, next) = (tokens[i], tokens[i + 1]);
            var unit = word is "how" && next is "many" ? i + 2 : i + 1;
            var asks = (word is "berapa" && (next is "lama" || Units.Contains(next)))
                || (word is "how" && (next is "long" || (unit < tokens.Count && Units.Contains(tokens[unit]))));

            // "berapa tahun lalu" asks how long ago (or, in chat, how much last year); "berapa hari setelah", "how
            // long after" how far apart two events are, which "sehari setelah" answers: neither wants a length of time.
            var placed = unit + 1 < tokens.Count && (Relative.Contains(tokens[unit + 1]) || tokens[unit + 1] == "lalu");
            if (asks && !placed)
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
            if (tokens[i] is "sejak" or "since")
            {
                return true;
            }

            // "sehari setelah", "two days before": a length of time that only places a day is a date, not how long.
            var end = Singles.Contains(tokens[i]) ? i
                : i + 1 < tokens.Count && (tokens[i].All(char.IsDigit) || Amounts.Contains(tokens[i])) && Units.Contains(tokens[i + 1]) ? i + 1
                : -1;
            if (end >= 0 && !(end + 1 < tokens.Count && Relative.Contains(tokens[end + 1])))
            {
                return true;
            }
        }

        return false;
    }
}
