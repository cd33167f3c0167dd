using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

internal static class YamlDocumentReader
{
    /// <summary>Reads YAML text, reporting (not throwing) what is wrong with it.</summary>
    public static YamlNode? Read(string yaml, int lineOffset, string file, ProblemCollector problems)
    {
        try
        {
            return SafeYamlReader.Read(yaml, lineOffset);
        }
        catch (YamlReadException ex)
        {
            problems.Error(file, ex.Line, ex.Message);
            return null;
        }
    }

    /// <summary>The value under <paramref name="key"/> in a top-level mapping; other keys are warned about and ignored.</summary>
    public static YamlNode? TopLevelValue(YamlNode root, string key, string file, ProblemCollector problems)
    {
        YamlNode? value = null;
        foreach (var (k, v) in root.Pairs)
        {
            if (k.Value == key)
            {
                value = v;
            }
            else
            {
                problems.Warning(file, k.Line, $"unknown top-level field '{k.Value}' is ignored");
            }
        }

        return value;
    }

    /// <summary>Reads a file whose top level is a mapping with one list under <paramref name="key"/>.</summary>
    public static YamlNode? ReadTopLevelList(string text, string key, string file, ProblemCollector problems)
    {
        var root = Read(text, 0, file, problems);
        if (root is null)
        {
            problems.Error(file, 1, $"expected a '{key}:' list");
            return null;
        }

        if (root.Kind != YamlNodeKind.Mapping)
        {
            problems.Error(file, root.Line, $"expected a mapping with a '{key}:' list at the top, not {root.Describe()}");
            return null;
        }

        var list = TopLevelValue(root, key, file, problems);
        if (list is null || list.IsNull)
        {
            problems.Error(file, root.Line, $"expected a '{key}:' list");
            return null;
        }

        if (list.Kind != YamlNodeKind.Sequence)
        {
            problems.Error(file, list.Line, $"'{key}' must be a list, not {list.Describe()}");
            return null;
        }

        return list;
    }
}
