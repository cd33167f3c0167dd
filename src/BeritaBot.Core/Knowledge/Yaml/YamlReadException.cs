namespace BeritaBot.Core.Knowledge.Yaml;

/// <summary>The YAML text could not be read; carries the line to report.</summary>
internal sealed class YamlReadException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}
