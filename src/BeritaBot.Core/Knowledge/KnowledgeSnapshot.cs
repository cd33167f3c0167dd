using System.Collections.Frozen;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Knowledge;

/// <summary>A complete, validated, immutable view of the knowledge folder. Readers never see a partial one.</summary>
public sealed class KnowledgeSnapshot
{
    public KnowledgeSnapshot(
        IReadOnlyList<Card> cards,
        IReadOnlyList<Source> sources,
        AliasTable aliases,
        string folder,
        DateTimeOffset loadedAt,
        EntityKinds? entities = null)
    {
        Cards = cards;
        Sources = sources;
        Aliases = aliases;
        Folder = folder;
        LoadedAt = loadedAt;
        CardsById = cards.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        SourcesById = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Entities = entities ?? EntityKinds.Empty;
        Index = CardIndex.Build(cards, aliases, SourcesById, Entities);
        SourceNames = SourceNames.Build(sources, aliases);
    }

    public static KnowledgeSnapshot Empty { get; } =
        new([], [], AliasTable.Empty, string.Empty, DateTimeOffset.MinValue);

    public IReadOnlyList<Card> Cards { get; }

    public IReadOnlyList<Source> Sources { get; }

    public AliasTable Aliases { get; }

    public EntityKinds Entities { get; }

    /// <summary>The folder it was loaded from.</summary>
    public string Folder { get; }

    public DateTimeOffset LoadedAt { get; }

    public IReadOnlyDictionary<string, Card> CardsById { get; }

    public IReadOnlyDictionary<string, Source> SourcesById { get; }

    /// <summary>Built with the snapshot, so a reload swaps cards and their index together.</summary>
    internal CardIndex Index { get; }

    /// <summary>The outlets' and agencies' names, for reading questions about an article.</summary>
    internal SourceNames SourceNames { get; }
}
