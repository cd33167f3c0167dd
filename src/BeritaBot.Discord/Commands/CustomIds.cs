namespace BeritaBot.Discord.Commands;

/// <summary>
/// The custom_id formats of our buttons and selects (each at most 100 characters). Card ids travel in clear;
/// anything longer or private (a question) travels as a short token into <see cref="ButtonTokens"/>.
/// </summary>
public static class CustomIds
{
    public const string Card = "card:";
    public const string CardEnglish = "card-en:";
    public const string Feedback = "fb:";
    public const string AddPhrasing = "addq:";
    public const string SourceSelect = "src:";
    public const string CardSelect = "open:";

    public static string FeedbackButton(string token, bool helpful) => Feedback + token + (helpful ? ":1" : ":0");

    /// <summary>Null when the card id is too long for a custom_id.</summary>
    public static string? CardButton(string cardId, bool english)
    {
        var id = (english ? CardEnglish : Card) + cardId;
        return id.Length <= Rendering.DiscordLimits.CustomId ? id : null;
    }
}
