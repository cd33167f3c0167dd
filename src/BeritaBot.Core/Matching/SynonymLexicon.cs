using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// General-usage meaning groups (Lexicon/synonyms.tsv): Indonesian words and their English equivalents that a reader
/// may use for what a card says in other words ("judge" for "hakim", "dibahas" for "disinggung"). Every word of a
/// group reads as the group's first word, for cards and questions alike, so a question in English meets a card
/// written in Indonesian. Only general vocabulary lives here; a coverage's names and spellings are its own aliases.
/// </summary>
internal static class SynonymLexicon
{
    private const string ResourceName = "BeritaBot.Lexicon.synonyms.tsv";

    /// <summary>The groups as written: for the lexicon's own checks. Read before <see cref="Concepts"/>, which uses them.</summary>
    internal static IReadOnlyList<string[]> Groups { get; } = ReadGroups();

    private static readonly FrozenDictionary<string, string> Concepts = Load();

    /// <summary>Every listed word as written: a word in the lexicon reads as its own group whatever its stem would be.</summary>
    private static readonly FrozenDictionary<string, string> Written = LoadWritten();

    /// <summary>
    /// The groups with a word of several tokens ("gencatan senjata", "ceasefire", "truce"): read as aliases of the
    /// group's first entry, on token runs, after the knowledge's own aliases.
    /// </summary>
    internal static IReadOnlyList<string[]> Phrases { get; } = ReadGroups(keepPhrases: true)
        .Where(g => g.Any(w => w.Contains(' ', StringComparison.Ordinal)))
        .ToArray();

    /// <summary>The group's term for a stemmed word, or the word itself when no group has it.</summary>
    public static string Concept(string stem) => Concepts.TryGetValue(stem, out var concept) ? concept : stem;

    public static bool Contains(string stem) => Concepts.ContainsKey(stem);

    /// <summary>
    /// The group of a word exactly as the lexicon lists it, or null. Looked up before stemming: a stem depends on the
    /// words a knowledge happens to hold ("partai" stays "partai" when the cards have it, and the lexicon's stem is
    /// "parta"), and a listed word can stem into another group's ("penduduk" into "kedudukan").
    /// </summary>
    public static string? ConceptOfWritten(string word) => Written.TryGetValue(word, out var concept) ? concept : null;

    private static FrozenDictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var concept = StemOf(group[0], english: false);
            foreach (var word in group)
            {
                // An Indonesian word is stemmed as Indonesian, an English one as English then Indonesian (as the
                // analyser reads English questions); both keys lead to the group, unless another group took it first.
                // A stem that is a function word ("ada" of "mengadakan") is shared by unrelated words ("berada",
                // "keadaan"): only the written forms lead to the group then.
                foreach (var stem in new[] { StemOf(word, english: false), StemOf(word, english: true), IndonesianStemmer.Stem(word, GeneralLexicon.Contains) })
                {
                    if (stem == word || !StopWords.All.Contains(stem))
                    {
                        map.TryAdd(stem, concept);
                    }
                }
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, string> LoadWritten()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in Groups)
        {
            var concept = StemOf(group[0], english: false);
            foreach (var word in group)
            {
                map.TryAdd(word, concept);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string StemOf(string word, bool english) =>
        IndonesianStemmer.Stem(english ? EnglishStemmer.Stem(word) : word);

    private static List<string[]> ReadGroups(bool keepPhrases = false)
    {
        var groups = new List<string[]>();
        using var stream = typeof(SynonymLexicon).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return groups;
        }

        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            // "indonesian words<TAB>english words"; multi-word entries are aliases (Phrases), not stems.
            var words = line.Split('\t')
                .SelectMany(side => side.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                .Select(TextNormalizer.Fold)
                .Where(w => w.Length > 1 && (keepPhrases || !w.Contains(' ', StringComparison.Ordinal)))
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            if (words.Length >= 2)
            {
                groups.Add(words);
            }
        }

        return groups;
    }
}
