namespace BeritaBot.Discord.Payloads;

/// <summary>A slash command as registered (bulk overwrite) and as returned by <c>GET .../commands</c>.</summary>
public sealed record ApplicationCommand
{
    public string? Id { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>1 = CHAT_INPUT (slash command).</summary>
    public int? Type { get; init; } = 1;

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }

    /// <summary>A permission bitset as a string; "8" (Administrator) limits it to admins by default.</summary>
    public string? DefaultMemberPermissions { get; init; }
}
