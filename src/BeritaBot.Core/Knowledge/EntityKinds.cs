namespace BeritaBot.Core.Knowledge;

/// <summary>
/// Names grouped by kind, from the optional <c>knowledge/entities.yaml</c> (people, countries, ...). Two names of
/// one kind are never interchangeable: "menlu Armenia" is not answered by the card phrased "menlu Rusia".
/// </summary>
public sealed class EntityKinds
{
    public EntityKinds(IReadOnlyDictionary<string, IReadOnlyList<string>> kinds)
    {
        Kinds = kinds;
    }

    public static EntityKinds Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>());

    /// <summary>Kind name (e.g. "person") to its names, as written in the file.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Kinds { get; }
}
