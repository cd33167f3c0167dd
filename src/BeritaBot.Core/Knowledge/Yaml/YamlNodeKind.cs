namespace BeritaBot.Core.Knowledge.Yaml;

internal enum YamlNodeKind
{
    Scalar,
    Sequence,
    Mapping,
}
