using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Matching;

/// <summary>
/// The names by which a question can point at an article: its outlet's and its wire agency's, without domain parts
/// and parenthesised notes, and every other spelling aliases.yaml gives them ("Associated Press" for AP). Built once
/// per snapshot.
/// </summary>
internal sealed class SourceNames
{
    /// <summary>Parts of an outlet's name that do not identify it.</summary>
    private static readonly HashSet<string> OutletNoise = new(["the", "com", "co", "id", "net", "org", "www"], StringComparer.Ordinal);

    /// <summary>Endings of one-word outlet names that readers leave off ("tribun" for Tribunnews, "detik" for detikcom).</summary>
    private static readonly string[] OutletEndings = ["news", "com", "online"];

    private const int ShortestShortName = 4;

    private SourceNames(IReadOnlyList<(string SourceId, string[] Name)> names)
    {
        Names = names;
    }

    /// <summary>Each source's names as token runs; a source appears once per name.</summary>
    public IReadOnlyList<(string SourceId, string[] Name)> Names { get; }

    public static SourceNames Build(IReadOnlyList<Source> sources, AliasTable aliases)
    {
        var groups = aliases.Groups.Select(g => g.Select(Clean).Where(e => e.Length > 0).ToList()).ToList();
        var names = new List<(string, string[])>();
        foreach (var source in sources)
        {
            var own = new List<string[]> { Clean(WithoutNote(source.Outlet)) };
            if (source.Agency is { } agency)
            {
                own.Add(Clean(agency));
            }

            foreach (var name in own.Where(n => n.Length == 1).ToList())
            {
                foreach (var ending in OutletEndings)
                {
                    if (name[0].Length - ending.Length >= ShortestShortName && name[0].EndsWith(ending, StringComparison.Ordinal))
                    {
                        own.Add([name[0][..^ending.Length]]);
                    }
                }
            }

            foreach (var name in own.Where(n => n.Length > 0).ToList())
            {
                own.AddRange(groups.Where(g => g.Any(e => e.SequenceEqual(name))).SelectMany(g => g));
            }

            foreach (var name in own.Where(n => n.Length > 0).DistinctBy(n => string.Join(' ', n)))
            {
                names.Add((source.Id, name));
            }
        }

        return new SourceNames(names);
    }

    private static string WithoutNote(string outlet)
    {
        var paren = outlet.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? outlet[..paren] : outlet;
    }

    private static string[] Clean(string name) => TextNormalizer.Tokenize(name).Where(t => !OutletNoise.Contains(t)).ToArray();
}
