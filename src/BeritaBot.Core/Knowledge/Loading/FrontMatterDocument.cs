namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>A card file split into its YAML front matter and Markdown body.</summary>
/// <param name="YamlLineOffset">Lines before the YAML text (the opening <c>---</c>).</param>
/// <param name="BodyLine">1-based line where the body starts.</param>
internal sealed record FrontMatterDocument(string Yaml, int YamlLineOffset, string Body, int BodyLine)
{
    /// <returns>The split document, or null when the file has no front matter block.</returns>
    public static FrontMatterDocument? Split(string text, out string? problem)
    {
        problem = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problem = "a card must start with a YAML front matter block: a line '---', the fields, then another '---'";
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimEnd();
            if (trimmed is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return new FrontMatterDocument(yaml, 1, body, i + 2);
            }
        }

        problem = "the front matter block is not closed: add a line '---' after the fields";
        return null;
    }
}
