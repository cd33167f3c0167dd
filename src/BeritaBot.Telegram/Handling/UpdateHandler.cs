using BeritaBot.Core.Caching;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Handling;

/// <summary>Dispatches an update on its shape and makes sure each update id is handled at most once.</summary>
public sealed class UpdateHandler : IUpdateHandler
{
    private const int RememberedUpdates = 2048;

    private readonly MessageHandler _messages;
    private readonly CallbackHandler _callbacks;
    private readonly InlineQueryHandler _inline;
    private readonly ILogger<UpdateHandler> _logger;
    private readonly BoundedCache<int, bool> _seen = new(RememberedUpdates);

    public UpdateHandler(MessageHandler messages, CallbackHandler callbacks, InlineQueryHandler inline, ILogger<UpdateHandler> logger)
    {
        _messages = messages;
        _callbacks = callbacks;
        _inline = inline;
        _logger = logger;
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!FirstTime(update.Id))
        {
            _logger.LogDebug("Update {UpdateId} was already handled; skipping the repeat", update.Id);
            return;
        }

        try
        {
            var task = update switch
            {
                { Message: { } message } => _messages.HandleAsync(message, cancellationToken),
                { CallbackQuery: { } callback } => _callbacks.HandleAsync(callback, cancellationToken),
                { InlineQuery: { } query } => _inline.HandleAsync(query, cancellationToken),
                _ => Task.CompletedTask,
            };
            await task;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            Forget(update.Id);
            throw;
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Failed to handle update {UpdateId}", update.Id);
        }
    }

    private bool FirstTime(int updateId) => _seen.TryAdd(updateId, true);

    private void Forget(int updateId) => _seen.Remove(updateId);
}
