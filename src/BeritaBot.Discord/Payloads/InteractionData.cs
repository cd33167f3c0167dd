namespace BeritaBot.Discord.Payloads;

/// <summary>Command data (name, options) or component data (custom_id, values).</summary>
public sealed record InteractionData
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    public string? CustomId { get; init; }

    public int? ComponentType { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
