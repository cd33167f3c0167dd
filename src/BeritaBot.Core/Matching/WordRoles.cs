using System.Collections.Frozen;

namespace BeritaBot.Core.Matching;

/// <summary>
/// The roles of words, read from one data file (Lexicon/roles.txt): stop word, question word, framing word,
/// attribute, relation to the one named, speech verb, "exactly" word, language marker, chat form and its standard
/// form, number word, unit after a number, the words of a length of time. Every step of the question reader asks here, so a word's effect does not depend on which list
/// a step happens to read. The file declares in which order roles are read; <see cref="Conflicts"/> lists words whose
/// roles that order does not settle.
/// </summary>
internal static class WordRoles
{
    private const string ResourceName = "BeritaBot.Lexicon.roles.txt";

    public const string Stop = "stop";
    public const string Question = "question";
    public const string Framing = "framing";
    public const string Attribute = "attribute";
    public const string Succession = "succession";
    public const string Speech = "speech";
    public const string Exact = "exact";
    public const string English = "english";
    public const string Indonesian = "indonesian";
    public const string Chat = "chat";
    public const string Number = "number";
    public const string Unit = "unit";
    public const string Period = "period";
    public const string PeriodAmount = "period-amount";
    public const string PeriodRelative = "period-relative";
    public const string PeriodSingle = "period-single";
    public const string Root = "root";
    public const string Clock = "clock";
    public const string YesNo = "yesno";
    public const string YesNoTag = "yesno-tag";
    public const string YesNoAnywhere = "yesno-anywhere";
    public const string Negation = "negation";
    public const string Unstated = "unstated";

    private static readonly Lexicon File = ReadResource();

    /// <summary>The words of a role (not the rewriting roles, <see cref="Chat"/> and <see cref="Number"/>).</summary>
    public static FrozenSet<string> Words(string role) =>
        File.Sets.TryGetValue(role, out var words) ? words : throw new ArgumentException($"No role '{role}' in {ResourceName}.", nameof(role));

    /// <summary>Chat forms and the standard word(s) each stands for ("yg" → "yang", "krn" → "karena").</summary>
    public static FrozenDictionary<string, string> ChatForms => File.Rewrites[Chat];

    /// <summary>Number words and their digits ("tiga" → "3").</summary>
    public static FrozenDictionary<string, string> NumberWords => File.Rewrites[Number];

    /// <summary>Units written after a number and the word each stands for ("300 T" = "300 triliun").</summary>
    public static FrozenDictionary<string, string> Units => File.Rewrites[Unit];

    /// <summary>The order roles are read in, from the file's <c>!precedence</c> line.</summary>
    public static IReadOnlyList<string> Precedence => File.Precedence;

    /// <summary>
    /// Words whose roles the file's rules do not settle: a rewriting role beside any other (the other would never be
    /// read), a chat form rewriting to another chat form, or a role the precedence line does not name.
    /// </summary>
    public static IReadOnlyList<string> Conflicts() => Conflicts(File);

    /// <summary>The conflicts of a roles file given as text: for checking the rules themselves.</summary>
    internal static IReadOnlyList<string> ConflictsIn(string text)
    {
        using var reader = new StringReader(text);
        return Conflicts(Parse(reader));
    }

    private static List<string> Conflicts(Lexicon file)
    {
        var roles = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string word, string role)
        {
            if (!roles.TryGetValue(word, out var list))
            {
                roles[word] = list = [];
            }

            list.Add(role);
        }

        foreach (var (role, words) in file.Sets)
        {
            foreach (var word in words)
            {
                Add(word, role);
            }
        }

        foreach (var (role, map) in file.Rewrites)
        {
            foreach (var word in map.Keys)
            {
                Add(word, role);
            }
        }

        var conflicts = new List<string>();
        foreach (var (word, list) in roles)
        {
            var ordered = list.Where(r => !file.Independent.Contains(r)).ToList();
            if (ordered.Any(r => r is Chat or Number) && list.Count > 1)
            {
                conflicts.Add($"{word}: rewritten ({string.Join(", ", ordered.Where(r => r is Chat or Number))}) but also {string.Join(", ", list.Where(r => r is not (Chat or Number)))}");
            }

            foreach (var role in ordered.Where(r => !file.Precedence.Contains(r)))
            {
                conflicts.Add($"{word}: role '{role}' has no place in the precedence line");
            }
        }

        foreach (var (form, standard) in file.Rewrites[Chat])
        {
            if (standard.Split(' ').Any(file.Rewrites[Chat].ContainsKey))
            {
                conflicts.Add($"{form}: rewrites to '{standard}', itself a chat form");
            }
        }

        return conflicts;
    }

    private sealed record Lexicon(
        Dictionary<string, FrozenSet<string>> Sets,
        Dictionary<string, FrozenDictionary<string, string>> Rewrites,
        IReadOnlyList<string> Precedence,
        IReadOnlyList<string> Independent);

    private static Lexicon ReadResource()
    {
        using var stream = typeof(WordRoles).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lacks {ResourceName}.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }

    private static Lexicon Parse(TextReader reader)
    {
        var sets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var rewrites = new Dictionary<string, List<KeyValuePair<string, string>>>(StringComparer.Ordinal) { [Chat] = [], [Number] = [], [Unit] = [] };
        string[] precedence = [];
        string[] independent = [];
        string? section = null;
        while (reader.ReadLine() is { } raw)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (line.StartsWith("!precedence", StringComparison.Ordinal))
            {
                precedence = items[1..];
            }
            else if (line.StartsWith("!independent", StringComparison.Ordinal))
            {
                independent = items[1..];
            }
            else if (line[0] == '[')
            {
                section = line.Trim('[', ']');
                if (!rewrites.ContainsKey(section))
                {
                    sets.TryAdd(section, []);
                }
            }
            else if (section is null)
            {
                throw new InvalidDataException($"{ResourceName}: words before any [role] section: {line}");
            }
            else if (rewrites.TryGetValue(section, out var pairs))
            {
                foreach (var item in items)
                {
                    var cut = item.IndexOf('=', StringComparison.Ordinal);
                    if (cut <= 0)
                    {
                        throw new InvalidDataException($"{ResourceName}: [{section}] wants form=standard, not '{item}'");
                    }

                    pairs.Add(new(item[..cut], item[(cut + 1)..].Replace('+', ' ')));
                }
            }
            else
            {
                sets[section].AddRange(items);
            }
        }

        return new Lexicon(
            sets.ToDictionary(s => s.Key, s => s.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            rewrites.ToDictionary(r => r.Key, r => r.Value.GroupBy(p => p.Key, StringComparer.Ordinal).Select(g => g.First()).ToFrozenDictionary(StringComparer.Ordinal), StringComparer.Ordinal),
            precedence,
            independent);
    }
}
