using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

public sealed class SetMyCommandsRequest() : RequestBase<bool>("setMyCommands")
{
    public required IReadOnlyList<BotCommand> Commands { get; init; }

    /// <summary>Two-letter ISO 639-1 code; none for every user language.</summary>
    public string? LanguageCode { get; init; }
}
