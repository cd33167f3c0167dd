namespace BeritaBot.Discord.Payloads;

/// <param name="Type">3 = STRING.</param>
public sealed record ApplicationCommandOption(
    int Type,
    string Name,
    string Description,
    bool? Required = null,
    bool? Autocomplete = null);
