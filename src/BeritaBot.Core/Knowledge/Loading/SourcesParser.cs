using BeritaBot.Core.Knowledge.Yaml;

namespace BeritaBot.Core.Knowledge.Loading;

/// <summary>Parses <c>sources.yaml</c>: the articles cards may cite.</summary>
internal static class SourcesParser
{
    private static readonly HashSet<string> KnownFields = ["id", "outlet", "title", "published", "author", "editor", "agency", "url"];

    /// <param name="incomplete">True when some article could not be read (the file, or an entry without its id), so an id cited by cards may be missing for that reason alone.</param>
    public static List<(Source Source, int Line)> Parse(string text, string file, ProblemCollector problems, out bool incomplete)
    {
        var result = new List<(Source, int)>();
        var list = YamlDocumentReader.ReadTopLevelList(text, "sources", file, problems);
        incomplete = list is null;
        if (list is null)
        {
            return result;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Items)
        {
            if (item.Kind != YamlNodeKind.Mapping)
            {
                problems.Error(file, item.Line, "each source must be a mapping with id, outlet and title");
                incomplete = true;
                continue;
            }

            var fields = new YamlFields(item, file, problems);
            fields.WarnUnknown(KnownFields, "source");
            var id = fields.Text("id", required: true, item.Line);
            var outlet = fields.Text("outlet", required: true, item.Line);
            var title = fields.Text("title", required: true, item.Line);
            var published = fields.Date("published");
            var author = fields.Text("author", required: false, item.Line);
            var editor = fields.Text("editor", required: false, item.Line);
            var agency = fields.Text("agency", required: false, item.Line);
            var url = fields.Text("url", required: false, item.Line);
            if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
            {
                problems.Error(file, fields.LineOf("url", item.Line), $"'url' must be an absolute URL, not '{url}'");
            }

            if (id is null || outlet is null || title is null)
            {
                incomplete = true;
                continue;
            }

            var line = fields.LineOf("id", item.Line);
            if (seen.TryGetValue(id, out var firstLine))
            {
                problems.Error(file, line, $"duplicate source id '{id}' (first defined on line {firstLine})");
                continue;
            }

            seen[id] = line;
            result.Add((new Source(id, outlet, title, published, author, agency, url) { Editor = editor }, line));
        }

        return result;
    }
}
