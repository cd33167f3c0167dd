using Microsoft.Extensions.Configuration;

namespace BeritaBot.Host.Configuration;

/// <summary>
/// Parses <c>.env</c>: blank lines and <c>#</c> comments skipped, optional <c>export</c>, values optionally in
/// single or double quotes. A missing file is fine: most runs have none.
/// </summary>
public sealed class DotEnvConfigurationProvider(string path) : ConfigurationProvider
{
    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (File.Exists(path))
        {
            foreach (var (key, value) in Parse(File.ReadAllLines(path)))
            {
                data[key] = value;
            }
        }

        Data = data;
    }

    public static IEnumerable<(string Key, string Value)> Parse(IEnumerable<string> lines)
    {
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line.StartsWith("export ", StringComparison.Ordinal))
            {
                line = line[7..].TrimStart();
            }

            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }

            var key = line[..eq].Trim().Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
            var value = line[(eq + 1)..].Trim();
            if (value.Length >= 2 && (value[0] == '"' || value[0] == '\'') && value[^1] == value[0])
            {
                value = value[1..^1];
            }
            else if (value.StartsWith('#'))
            {
                // "KEY=   # what it is": an empty value followed by a comment.
                value = string.Empty;
            }
            else
            {
                var comment = value.IndexOf(" #", StringComparison.Ordinal);
                if (comment >= 0)
                {
                    value = value[..comment].TrimEnd();
                }
            }

            yield return (key, value);
        }
    }
}
