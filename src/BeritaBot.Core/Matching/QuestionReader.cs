using System.Text.RegularExpressions;

namespace BeritaBot.Core.Matching;

/// <summary>Reads a question into a <see cref="QuestionReading"/> with a snapshot's analyser (its vocabulary corrects typos).</summary>
internal static class QuestionReader
{
    /// <param name="tokens">The question already tokenised; typo corrections are written into it.</param>
    public static QuestionReading Read(CardIndex index, string question, List<string> tokens) =>
        ReadPart(index, question, tokens) with
        {
            Sentences = QuestionClauses.Sentences(question).Select(s => ReadPart(index, s, TextNormalizer.Tokenize(s))).ToArray(),
        };

    /// <summary>One sentence: the whole of it and its first clause, no further split.</summary>
    public static QuestionReading ReadPart(CardIndex index, string text, List<string> tokens)
    {
        // The clause is cut from the tokens as typed: analysis corrects typos in place.
        var first = QuestionClauses.First(tokens);
        var names = TypedAsNames(text);
        var whole = index.Analyzer.Analyze(tokens, correctTypos: true, names);
        var clause = first is null ? null : index.Analyzer.Analyze(first, correctTypos: true, names);
        return new QuestionReading(text, whole, clause, []);
    }

    /// <summary>A capitalised word that does not open a sentence: "Bekasi" in "upah minimum Kabupaten Bekasi".</summary>
    private static readonly Regex Capitalised = new(
        @"(?<![.!?]\s*)(?<=\S\s+)\p{Lu}\p{Ll}+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static HashSet<string> TypedAsNames(string text) =>
        Capitalised.Matches(text).Select(m => TextNormalizer.Fold(m.Value)).ToHashSet(StringComparer.Ordinal);
}
