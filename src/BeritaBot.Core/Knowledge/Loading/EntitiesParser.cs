using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Parses <c>entities.yaml</c>: <c>entities:</c> mapping each kind to a list of names.</summary>
internal static class EntitiesParser
{
    public static EntityKinds Parse(string text, string file, ProblemCollector problems)
    {
        var root = YamlDocumentReader.Read(text, 0, file, problems);
        if (root is null || root.Kind != YamlNodeKind.Mapping)
        {
            problems.Error(file, root?.Line ?? 1, "expected a mapping with an 'entities:' mapping at the top, e.g. entities: { person: [putin] }");
            return EntityKinds.Empty;
        }

        var entities = YamlDocumentReader.TopLevelValue(root, "entities", file, problems);
        if (entities is null || entities.Kind != YamlNodeKind.Mapping)
        {
            problems.Error(file, entities?.Line ?? root.Line, "'entities' must map each kind to a list of names, e.g. person: [putin, aliyev]");
            return EntityKinds.Empty;
        }

        var kinds = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entities.Pairs)
        {
            var kind = key.Value?.Trim() ?? string.Empty;
            if (value.Kind != YamlNodeKind.Sequence || value.Items.Count == 0)
            {
                problems.Error(file, key.Line, $"kind '{kind}' must be a list of names, e.g. [{kind}-one, {kind}-two]");
                continue;
            }

            var names = new List<string>();
            foreach (var item in value.Items)
            {
                if (item.Kind != YamlNodeKind.Scalar || string.IsNullOrWhiteSpace(item.Value))
                {
                    problems.Error(file, item.Line, "entity names must be non-empty text");
                    continue;
                }

                var name = item.Value.Trim();
                if (owner.TryGetValue(name, out var other))
                {
                    problems.Error(file, item.Line, $"'{name}' is already listed as a {other}; a name has one kind");
                    continue;
                }

                owner[name] = kind;
                names.Add(name);
            }

            kinds[kind] = names;
        }

        return new EntityKinds(kinds);
    }
}
