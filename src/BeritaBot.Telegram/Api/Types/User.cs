namespace BeritaBot.Telegram.Api.Types;

public sealed class User
{
    public long Id { get; set; }

    public bool IsBot { get; set; }

    public string FirstName { get; set; } = string.Empty;

    public string? Username { get; set; }

    public string? LanguageCode { get; set; }
}
