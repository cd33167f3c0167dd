using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// Tells a question that may not stand on its own: it refers back, starts as a continuation, or names no topic.
/// Whether it really is a follow-up is decided by matching (see <c>FollowUpAnswerer</c>); this only reads the words,
/// from <c>Lexicon/followup.txt</c>.
/// </summary>
internal static class FollowUpReader
{
    private const int MinAffixedLength = 6;

    private static readonly Lexicon Words = Load();

    /// <param name="tokens">The question from <see cref="TextNormalizer.Tokenize"/>.</param>
    /// <param name="hasTopicTerms">Whether the question has any content term of its own.</param>
    public static FollowUpCue Read(IReadOnlyList<string> tokens, bool hasTopicTerms)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var cue = hasTopicTerms ? FollowUpCue.None : FollowUpCue.Bare;
        if (Words.Openers.Any(o => StartsWith(tokens, o)))
        {
            cue |= FollowUpCue.Opener;
        }

        if (tokens.Any(IsReference))
        {
            cue |= FollowUpCue.Reference;
        }

        return cue;
    }

    /// <summary>Tokens a topic change may come after ("oke ganti topik", "eh btw").</summary>
    private const int ChangeWithin = 2;

    /// <returns>
    /// Where the question proper starts after a phrase announcing a new topic ("oke ganti topik, putin di baku ketemu
    /// siapa?" → 3), or −1 when there is none.
    /// </returns>
    public static int TopicChangeEnd(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var start = 0; start <= ChangeWithin && start < tokens.Count; start++)
        {
            foreach (var phrase in Words.Changes)
            {
                if (StartsWith(tokens.Skip(start).ToList(), phrase) && start + phrase.Length < tokens.Count)
                {
                    return start + phrase.Length;
                }
            }
        }

        return -1;
    }

    private static bool IsReference(string token) =>
        Words.References.Contains(token)
        || (!Words.Unaffixed.Contains(token) && token.Length >= MinAffixedLength && Words.Affixes.Any(a => token.EndsWith(a, StringComparison.Ordinal)));

    private static bool StartsWith(IReadOnlyList<string> tokens, string[] phrase)
    {
        if (tokens.Count < phrase.Length)
        {
            return false;
        }

        for (var i = 0; i < phrase.Length; i++)
        {
            if (tokens[i] != phrase[i])
            {
                return false;
            }
        }

        return true;
    }

    private static Lexicon Load()
    {
        var references = new HashSet<string>(StringComparer.Ordinal);
        var unaffixed = new HashSet<string>(StringComparer.Ordinal);
        var affixes = new List<string>();
        var openers = new List<string[]>();
        var changes = new List<string[]>();
        using var stream = typeof(FollowUpReader).Assembly.GetManifestResourceStream("BeritaBot.Lexicon.followup.txt")
            ?? throw new InvalidOperationException("The follow-up word list is missing from the build.");
        using var reader = new StreamReader(stream);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var words = parts[1..];
            switch (parts[0])
            {
                case "reference" when words.Length == 1: references.Add(words[0]); break;
                case "unaffixed" when words.Length == 1: unaffixed.Add(words[0]); break;
                case "affix" when words.Length == 1: affixes.Add(words[0]); break;
                case "opener" when words.Length >= 1: openers.Add(words); break;
                case "change" when words.Length >= 1: changes.Add(words); break;
                default: throw new InvalidOperationException($"followup.txt line {number}: expected 'ROLE WORD', found '{line}'.");
            }
        }

        return new Lexicon(references.ToFrozenSet(StringComparer.Ordinal), unaffixed.ToFrozenSet(StringComparer.Ordinal), affixes.ToArray(), openers.ToArray(), changes.ToArray());
    }

    private sealed record Lexicon(FrozenSet<string> References, FrozenSet<string> Unaffixed, string[] Affixes, string[][] Openers, string[][] Changes);
}
