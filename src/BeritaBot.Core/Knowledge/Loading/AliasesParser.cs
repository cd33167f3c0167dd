using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Parses <c>aliases.yaml</c>: groups of spelling variants and synonyms, canonical form first.</summary>
internal static class AliasesParser
{
    public static AliasTable Parse(string text, string file, ProblemCollector problems)
    {
        var list = YamlDocumentReader.ReadTopLevelList(text, "aliases", file, problems);
        if (list is null)
        {
            return AliasTable.Empty;
        }

        var groups = new List<IReadOnlyList<string>>();
        var owner = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in list.Items)
        {
            if (item.Kind != YamlNodeKind.Sequence || item.Items.Count < 2)
            {
                problems.Error(file, item.Line, "each alias group must be a list of at least two spellings, e.g. [karabakh, karabah]");
                continue;
            }

            var group = new List<string>();
            foreach (var entry in item.Items)
            {
                if (entry.Kind != YamlNodeKind.Scalar || string.IsNullOrWhiteSpace(entry.Value))
                {
                    problems.Error(file, entry.Line, "alias entries must be non-empty text");
                    continue;
                }

                var value = entry.Value.Trim();
                if (owner.TryGetValue(value, out var otherLine))
                {
                    problems.Warning(file, entry.Line, $"'{value}' is already in the alias group on line {otherLine}; the first group wins");
                    continue;
                }

                owner[value] = item.Line;
                group.Add(value);
            }

            if (group.Count >= 2)
            {
                groups.Add(group);
            }
        }

        return new AliasTable(groups);
    }
}
