using System.Collections.Frozen;

namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Spelling variants and synonyms from <c>knowledge/aliases.yaml</c>: each group maps every variant to one
/// canonical form. Variants may be several words ("penjaga perdamaian").
/// </summary>
public sealed class AliasTable
{
    public AliasTable(IReadOnlyList<IReadOnlyList<string>> groups)
    {
        Groups = groups;
    }

    public static AliasTable Empty { get; } = new([]);

    /// <summary>Each group's first entry is its canonical form.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Groups { get; }
}
