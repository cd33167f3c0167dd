using System.Text.Json;

namespace BeritaBot.Discord.Payloads;

/// <param name="Value">A string, number or boolean depending on the option type.</param>
public sealed record InteractionOption(string Name, int Type, JsonElement? Value = null, bool? Focused = null);
