using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BeritaBot.Core.Matching;

/// <summary>
/// The knowledge-independent first steps for any text (question or card): strip control and zero-width characters,
/// fold diacritics, casefold culture-invariantly, join digit groups ("2.802" = "2802"), split into words, and
/// expand chat shorthand.
/// </summary>
public static partial class TextNormalizer
{
    /// <summary>Casefolds and folds diacritics, keeping letters, digits and single spaces.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark:
                    continue;
                case UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                    or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned:
                    // Zero-width joiners and the like sit inside words: drop them without splitting the word.
                    if (c is '\n' or '\r' or '\t')
                    {
                        builder.Append(' ');
                    }

                    continue;
                default:
                    builder.Append(char.ToLowerInvariant(FoldSpecial(c)));
                    break;
            }
        }

        var folded = DigitGroupSeparator().Replace(builder.ToString(), string.Empty);
        return folded;
    }

    /// <summary>Words of the text after folding and chat-shorthand expansion.</summary>
    public static List<string> Tokenize(string text)
    {
        var folded = Fold(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var isWordChar = i < folded.Length && char.IsLetterOrDigit(folded[i]);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                AddToken(tokens, folded[start..i]);
                start = -1;
            }
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (Units.TryGetValue(tokens[i], out var unit) && IsDigits(tokens[i - 1]))
            {
                tokens[i] = unit;
            }

            // Thousands are written every way ("5rb", "5 ribu", "5k", "5 thousand", "5.000"): one figure, as the
            // separator form already reads. Millions and up stay a figure and a word, the way the cards write them.
            if (tokens[i] is "ribu" or "1000" && IsDigits(tokens[i - 1]) && tokens[i - 1].Length <= 3 && tokens[i - 1][0] != '0')
            {
                tokens[i - 1] += "000";
                tokens.RemoveAt(i);
                i--;
            }
        }

        return tokens;
    }

    private static readonly FrozenDictionary<string, string> Units = WordRoles.Units;

    private static readonly FrozenSet<string> UnitWords = Units.Values.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsDigits(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    /// <summary>Where a number glued to the letters before it ("rp300", "u23") or to its unit ("16rb", "5juta") splits, or null.</summary>
    private static int? GluedNumber(string token)
    {
        // Letters before a number split from it however they are written: "U23" and "U-23", "covid19" and
        // "Covid-19", "Rp300" and "Rp 300" must meet.
        var cut = token.AsSpan().IndexOfAnyInRange('0', '9');
        if (cut > 0 && (IsDigits(token[cut..]) || UnitCut(token[cut..]) is not null) && token[..cut].All(char.IsAsciiLetter))
        {
            return cut;
        }

        return UnitCut(token);
    }

    /// <summary>Where the unit of "16rb" or "5juta" (digits, then a unit or a unit's word) starts, or null.</summary>
    private static int? UnitCut(string token)
    {
        var cut = token.AsSpan().IndexOfAnyExceptInRange('0', '9');
        return cut > 0 && token[cut..].All(char.IsAsciiLetter) && (Units.ContainsKey(token[cut..]) || UnitWords.Contains(token[cut..])) ? cut : null;
    }

    /// <summary>Number words become digits, so "tiga distrik", "3 distrik" and "three districts" meet.</summary>
    private static readonly FrozenDictionary<string, string> NumberWords = WordRoles.NumberWords;

    private static void AddToken(List<string> tokens, string token)
    {
        if (NumberWords.TryGetValue(token, out var digits))
        {
            tokens.Add(digits);
            return;
        }

        if (ChatAbbreviations.Map.TryGetValue(token, out var expanded))
        {
            foreach (var part in expanded.Split(' '))
            {
                tokens.Add(part);
            }

            return;
        }

        // A chat form with its clitic ("dtgnya", "kmrnnya"): the standard word carries it.
        if (token.Length > 5 && token.EndsWith("nya", StringComparison.Ordinal)
            && ChatAbbreviations.Map.TryGetValue(token[..^3], out var bare) && !bare.Contains(' ', StringComparison.Ordinal))
        {
            tokens.Add(bare + "nya");
            return;
        }

        // A question word run into the chat word after it ("siapayg", "knpsih"): two words typed without the space.
        if (GluedQuestionWord(token) is { } cut)
        {
            AddToken(tokens, token[..cut]);
            AddToken(tokens, token[cut..]);
            return;
        }

        // Chat reduplication with a digit ("negara2" = "negara-negara"): the word is read as typed once, chat form
        // included ("gara2" is "gara-gara", because).
        if (token.Length > 2 && token[^1] == '2' && char.IsLetter(token[^2]))
        {
            AddToken(tokens, token[..^1]);
            return;
        }

        // A chat negation run into its word ("gapunya", "gatau", "gabisa"): two words typed without the space, when
        // the rest is an everyday word and the whole is not one.
        if (GluedNegation(token) is { } negation)
        {
            tokens.Add("tidak");
            AddToken(tokens, token[negation..]);
            return;
        }

        if (GluedNumber(token) is { } number)
        {
            AddToken(tokens, token[..number]);
            AddToken(tokens, token[number..]);
            return;
        }

        tokens.Add(token);
    }

    /// <summary>
    /// The chat negations (roles.txt's chat forms of "tidak") that glue onto the next word, longest first. Only those no
    /// everyday word starts with by chance ("tak" and "g" do); a chat form has no second role in roles.txt.
    /// </summary>
    private static readonly string[] NegationStarts = ["nggak", "ngga", "gak", "ga", "gk"];

    /// <summary>Where a chat negation glued to the word after it ends, or null.</summary>
    private static int? GluedNegation(string token)
    {
        if (token.Length < 5 || GeneralLexicon.Contains(token) || ChatAbbreviations.Map.ContainsKey(token))
        {
            return null;
        }

        foreach (var start in NegationStarts)
        {
            if (token.Length - start.Length >= 3 && token.StartsWith(start, StringComparison.Ordinal)
                && token[start.Length..] is var rest && (GeneralLexicon.Contains(rest) || StopWords.All.Contains(rest)))
            {
                return start.Length;
            }
        }

        return null;
    }

    private static readonly string[] QuestionStarts =
        ["siapa", "kapan", "berapa", "dimana", "kenapa", "mengapa", "gimana", "bagaimana", "apa", "sp", "kpn", "brp", "dmn", "knp", "gmn"];

    private static readonly FrozenSet<string> GluedFollowers = new[] { "yg", "sih", "aja", "ya", "dong", "tuh", "yang" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Where a question word glued to a following chat word ends, or null.</summary>
    private static int? GluedQuestionWord(string token)
    {
        foreach (var start in QuestionStarts)
        {
            if (token.Length > start.Length && token.StartsWith(start, StringComparison.Ordinal) && GluedFollowers.Contains(token[start.Length..]))
            {
                return start.Length;
            }
        }

        return null;
    }

    private static char FoldSpecial(char c) => c switch
    {
        'ı' => 'i',
        'ø' => 'o',
        'đ' => 'd',
        'ł' => 'l',
        'ß' => 's',
        'ə' or 'Ə' => 'a',
        '’' or '‘' or '`' or '´' => '\'',
        _ => c,
    };

    /// <summary>A dot or comma between a digit and exactly three digits groups thousands: 2.802, 4,000.</summary>
    [GeneratedRegex(@"(?<=\d)[.,](?=\d{3}(?!\d))")]
    private static partial Regex DigitGroupSeparator();
}
