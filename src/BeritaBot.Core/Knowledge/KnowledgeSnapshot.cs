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
        : this(cards, sources, aliases, folder, loadedAt, entities, index: null)
    {
    }

    /// <param name="index">The index's parts read back from the knowledge cache; null builds the index from the cards.</param>
    internal KnowledgeSnapshot(
        IReadOnlyList<Card> cards,
        IReadOnlyList<Source> sources,
        AliasTable aliases,
        string folder,
        DateTimeOffset loadedAt,
        EntityKinds? entities,
        CardIndexParts? index)
    {
        Cards = cards;
        Sources = sources;
        Aliases = aliases;
        Folder = folder;
        LoadedAt = loadedAt;
        CardsById = cards.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        SourcesById = sources.ToFrozenDictionary(s => s.Id, StringComparer.Ordinal);
        Entities = entities ?? EntityKinds.Empty;
        Index = index is null ? CardIndex.Build(cards, aliases, SourcesById, Entities) : CardIndex.FromParts(cards, aliases, index);
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
