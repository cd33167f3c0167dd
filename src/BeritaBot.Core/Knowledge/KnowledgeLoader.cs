using BeritaBot.Core.Knowledge.Loading;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Loads and validates a knowledge folder (<c>sources.yaml</c>, optional <c>aliases.yaml</c> and <c>entities.yaml</c>, <c>cards/**/*.md</c>),
/// reporting every problem at once with its file and line. Never throws for bad content.
/// </summary>
public static class KnowledgeLoader
{
    public const string SourcesFile = "sources.yaml";
    public const string AliasesFile = "aliases.yaml";
    public const string EntitiesFile = "entities.yaml";
    public const string CardsFolder = "cards";

    /// <param name="folder">The knowledge folder.</param>
    /// <param name="overrides">
    /// File contents to use instead of what is on disk, keyed by full path: lets an edit be validated before it is
    /// written.
    /// </param>
    /// <param name="timeProvider">Stamps the snapshot's load time.</param>
    public static KnowledgeLoadResult Load(
        string folder,
        IReadOnlyDictionary<string, string>? overrides = null,
        TimeProvider? timeProvider = null)
    {
        var problems = new ProblemCollector();
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            problems.Error(folder, 1, "knowledge folder not found");
            return new KnowledgeLoadResult(null, problems.Problems);
        }

        var sources = LoadSources(folder, problems, overrides, out var sourcesIncomplete);
        var aliases = LoadOptional(folder, AliasesFile, AliasTable.Empty, AliasesParser.Parse, problems, overrides);
        var entities = LoadOptional(folder, EntitiesFile, EntityKinds.Empty, EntitiesParser.Parse, problems, overrides);
        var cards = LoadCards(folder, problems, overrides, out var cardFileIds);
        CrossCheck(cards, cardFileIds, sources, sourcesIncomplete, problems);

        if (problems.HasErrors)
        {
            return new KnowledgeLoadResult(null, problems.Problems);
        }

        var snapshot = new KnowledgeSnapshot(
            cards.Select(c => c.Card).OfType<Card>().OrderBy(c => c.Id, StringComparer.Ordinal).ToArray(),
            sources.Select(s => s.Source).ToArray(),
            aliases,
            folder,
            (timeProvider ?? TimeProvider.System).GetUtcNow(),
            entities);
        return new KnowledgeLoadResult(snapshot, problems.Problems);
    }

    private static List<(Source Source, int Line)> LoadSources(string folder, ProblemCollector problems, IReadOnlyDictionary<string, string>? overrides, out bool incomplete)
    {
        var path = Path.Combine(folder, SourcesFile);
        incomplete = true;
        if (!File.Exists(path) && overrides?.ContainsKey(path) != true)
        {
            problems.Error(SourcesFile, 1, "sources.yaml is missing: every card must cite an article listed there");
            return [];
        }

        var text = KnowledgeFileReader.Read(path, SourcesFile, problems, overrides);
        return text is null ? [] : SourcesParser.Parse(text, SourcesFile, problems, out incomplete);
    }

    /// <summary>An optional file: its parsed content, or <paramref name="empty"/> when it is absent or unreadable.</summary>
    private static T LoadOptional<T>(
        string folder, string file, T empty, Func<string, string, ProblemCollector, T> parse, ProblemCollector problems, IReadOnlyDictionary<string, string>? overrides)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path) && overrides?.ContainsKey(path) != true)
        {
            return empty;
        }

        var text = KnowledgeFileReader.Read(path, file, problems, overrides);
        return text is null ? empty : parse(text, file, problems);
    }

    /// <param name="cardFileIds">Ids of every card file found, including files that failed to load.</param>
    private static List<ParsedCard> LoadCards(string folder, ProblemCollector problems, IReadOnlyDictionary<string, string>? overrides, out HashSet<string> cardFileIds)
    {
        var cardsFolder = Path.Combine(folder, CardsFolder);
        var result = new List<ParsedCard>();
        cardFileIds = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(cardsFolder))
        {
            problems.Error(CardsFolder, 1, "the cards folder is missing");
            return result;
        }

        var files = Directory.EnumerateFiles(cardsFolder, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        var firstById = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var unique = new List<(string Path, string Display, string Id)>(files.Count);
        foreach (var path in files)
        {
            var display = Path.GetRelativePath(folder, path).Replace('\\', '/');
            var id = Path.GetFileNameWithoutExtension(path);
            if (firstById.TryGetValue(id, out var first))
            {
                problems.Error(display, 1, $"duplicate card id '{id}': {first} has the same file name");
                continue;
            }

            firstById[id] = display;
            cardFileIds.Add(id);
            unique.Add((path, display, id));
        }

        // Sequential on purpose: parsing in parallel did not shorten a 100,000-card reload here (allocation-bound) and
        // took the second core from readers during a reload on a 2-core machine (docs/performance.md).
        foreach (var (path, display, id) in unique)
        {
            var text = KnowledgeFileReader.Read(path, display, problems, overrides);
            if (text is null)
            {
                continue;
            }

            var card = CardParser.Parse(id, path, display, text, problems);
            if (card is not null)
            {
                result.Add(card);
            }
        }

        if (files.Count == 0)
        {
            problems.Error(CardsFolder, 1, "no cards found: add Markdown files (one card each) to the cards folder");
        }

        return result;
    }

    /// <param name="sourcesIncomplete">
    /// sources.yaml lost articles to errors of its own: a citation of an id it failed to define is a consequence, not
    /// a new problem, so one line says how many citations could not be checked instead of one error per citation.
    /// </param>
    private static void CrossCheck(List<ParsedCard> cards, HashSet<string> cardFileIds, List<(Source Source, int Line)> sources, bool sourcesIncomplete, ProblemCollector problems)
    {
        var sourceIds = sources.Select(s => s.Source.Id).ToHashSet(StringComparer.Ordinal);
        var cited = new HashSet<string>(StringComparer.Ordinal);
        var uncheckable = 0;
        foreach (var card in cards)
        {
            foreach (var (id, line) in card.SourceRefs)
            {
                cited.Add(id);
                if (sourceIds.Contains(id))
                {
                    continue;
                }

                if (sourcesIncomplete)
                {
                    uncheckable++;
                }
                else
                {
                    problems.Error(card.DisplayName, line, $"unknown source id '{id}': add it to sources.yaml or fix the spelling");
                }
            }

            foreach (var (id, line) in card.RelatedRefs)
            {
                // A card whose own file failed to load has its error reported already; links to it are not new errors.
                if (!cardFileIds.Contains(id))
                {
                    problems.Error(card.DisplayName, line, $"related card '{id}' does not exist");
                }
                else if (id == card.Id)
                {
                    problems.Warning(card.DisplayName, line, "a card lists itself as related");
                }
            }
        }

        if (uncheckable > 0)
        {
            problems.Error(SourcesFile, 1, $"{uncheckable} citation(s) in cards name sources that sources.yaml does not define; fix the errors in sources.yaml above first");
        }

        foreach (var (source, line) in sources)
        {
            if (!cited.Contains(source.Id) && cards.Count > 0)
            {
                problems.Warning(SourcesFile, line, $"source '{source.Id}' is not cited by any card");
            }
        }
    }
}
