using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Handling;

/// <summary>Handles one update completely. Never throws except when cancelled: failures are logged.</summary>
public interface IUpdateHandler
{
    Task HandleAsync(Update update, CancellationToken cancellationToken);
}
