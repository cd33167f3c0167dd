namespace BeritaBot.Core.Knowledge.Yaml;

/// <summary>
/// A minimal YAML tree that remembers the line of every node, so validation can point editors at the exact line.
/// </summary>
internal sealed class YamlNode
{
    private YamlNode(YamlNodeKind kind, int line)
    {
        Kind = kind;
        Line = line;
    }

    public YamlNodeKind Kind { get; }

    /// <summary>1-based line in the file (including any front-matter offset).</summary>
    public int Line { get; }

    public string? Value { get; private init; }

    /// <summary>True for a plain scalar written as <c>~</c>, <c>null</c> or nothing.</summary>
    public bool IsNull { get; private init; }

    public List<YamlNode> Items { get; } = [];

    public List<KeyValuePair<YamlNode, YamlNode>> Pairs { get; } = [];

    public static YamlNode Scalar(string value, int line, bool isNull) =>
        new(YamlNodeKind.Scalar, line) { Value = value, IsNull = isNull };

    public static YamlNode Sequence(int line) => new(YamlNodeKind.Sequence, line);

    public static YamlNode Mapping(int line) => new(YamlNodeKind.Mapping, line);

    public string Describe() => Kind switch
    {
        YamlNodeKind.Scalar => "a text value",
        YamlNodeKind.Sequence => "a list",
        _ => "a mapping",
    };
}
