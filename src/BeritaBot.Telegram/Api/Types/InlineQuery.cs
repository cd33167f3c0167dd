namespace BeritaBot.Telegram.Api.Types;

/// <summary>What a user types after "@botname " in any chat.</summary>
public sealed class InlineQuery
{
    public string Id { get; set; } = string.Empty;

    public User From { get; set; } = new();

    public string Query { get; set; } = string.Empty;

    public string Offset { get; set; } = string.Empty;
}
