namespace BeritaBot.Discord.Payloads;

/// <summary>An action row, button or string select; unused fields stay null and are not sent.</summary>
public sealed record Component
{
    public required int Type { get; init; }

    public int? Style { get; init; }

    public string? Label { get; init; }

    public string? CustomId { get; init; }

    public string? Placeholder { get; init; }

    public IReadOnlyList<SelectOption>? Options { get; init; }

    public IReadOnlyList<Component>? Components { get; init; }

    public static Component Row(IReadOnlyList<Component> children) =>
        new() { Type = ComponentType.ActionRow, Components = children };

    public static Component Button(int style, string label, string customId) =>
        new() { Type = ComponentType.Button, Style = style, Label = label, CustomId = customId };

    public static Component Select(string customId, string placeholder, IReadOnlyList<SelectOption> options) =>
        new() { Type = ComponentType.StringSelect, CustomId = customId, Placeholder = placeholder, Options = options };
}
