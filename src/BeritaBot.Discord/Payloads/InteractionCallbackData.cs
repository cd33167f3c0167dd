namespace BeritaBot.Discord.Payloads;

/// <summary>A message (callback type 4/7, or a follow-up edit) or autocomplete choices (type 8).</summary>
public sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public int? Flags { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }
}
