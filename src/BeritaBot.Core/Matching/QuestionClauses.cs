using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// The parts of a question that asks more than one thing: a two-part question ("Sejak kapan hubungan itu tegang, dan
/// apa pemicunya?", "who is Trenin and what does he think") split at the "dan"/"and" that opens its second question,
/// and a question typed as several sentences.
/// </summary>
internal static class QuestionClauses
{
    private static readonly FrozenSet<string> Joiners = new[] { "dan", "serta", "and" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>How far after the joiner the second question word may stand ("dan kota bersejarah MANA").</summary>
    private const int Reach = 3;

    /// <summary>A first part shorter than this ("kapan dan di mana ...") is no question of its own.</summary>
    private const int MinFirstTokens = 3;

    private static readonly char[] SentenceEnds = ['?', '!', ';', '.'];

    /// <summary>
    /// The sentences of a question typed as several ("emang armenia gabung icc? trus rusia gmn?"), or none when it
    /// is one. A dot splits only before a space, so "2.802" and "kompas.com" stay whole.
    /// </summary>
    public static IReadOnlyList<string> Sentences(string question)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < question.Length; i++)
        {
            if (Array.IndexOf(SentenceEnds, question[i]) >= 0 && (question[i] != '.' || (i + 1 < question.Length && char.IsWhiteSpace(question[i + 1]))))
            {
                AddSentence(question[start..i]);
                start = i + 1;
            }
        }

        AddSentence(question[start..]);
        return sentences.Count > 1 ? sentences : [];

        void AddSentence(string text)
        {
            if (TextNormalizer.Tokenize(text).Count > 0)
            {
                sentences.Add(text.Trim());
            }
        }
    }

    /// <summary>
    /// The first question of a two-part question, or null when the question has one part. Both parts must ask
    /// something: "Putin dan Pashinyan bertemu di mana" joins two names, not two questions.
    /// </summary>
    public static List<string>? First(IReadOnlyList<string> tokens)
    {
        for (var i = MinFirstTokens; i < tokens.Count - 1; i++)
        {
            if (!Joiners.Contains(tokens[i]))
            {
                continue;
            }

            var asksAfter = false;
            for (var k = i + 1; k <= Math.Min(tokens.Count - 1, i + Reach) && !asksAfter; k++)
            {
                asksAfter = IntentDetector.QuestionWords.Contains(tokens[k]);
            }

            var asksBefore = false;
            for (var k = 0; k < i && !asksBefore; k++)
            {
                asksBefore = IntentDetector.QuestionWords.Contains(tokens[k]);
            }

            if (asksAfter && asksBefore)
            {
                return tokens.Take(i).ToList();
            }
        }

        return null;
    }
}
