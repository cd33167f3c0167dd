using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Decides whether the registered commands already match ours, comparing only the fields we set (Discord adds ids,
/// versions and defaults of its own).
/// </summary>
public static class CommandComparer
{
    public static bool AreEquivalent(IReadOnlyList<ApplicationCommand> desired, IReadOnlyList<ApplicationCommand> current)
    {
        ArgumentNullException.ThrowIfNull(desired);
        ArgumentNullException.ThrowIfNull(current);
        if (desired.Count != current.Count)
        {
            return false;
        }

        var byName = current.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return desired.All(d => byName.TryGetValue(d.Name, out var c) && Same(d, c));
    }

    private static bool Same(ApplicationCommand a, ApplicationCommand b)
    {
        if (a.Description != b.Description
            || (a.Type ?? 1) != (b.Type ?? 1)
            || NullIfEmpty(a.DefaultMemberPermissions) != NullIfEmpty(b.DefaultMemberPermissions))
        {
            return false;
        }

        var left = a.Options ?? [];
        var right = b.Options ?? [];
        return left.Count == right.Count && left.Zip(right).All(pair => Same(pair.First, pair.Second));
    }

    private static bool Same(ApplicationCommandOption a, ApplicationCommandOption b) =>
        a.Type == b.Type
        && a.Name == b.Name
        && a.Description == b.Description
        && (a.Required ?? false) == (b.Required ?? false)
        && (a.Autocomplete ?? false) == (b.Autocomplete ?? false);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
