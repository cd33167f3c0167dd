using BeritaBot.Core.Coordination;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Handling;

/// <summary>
/// With several instances behind a load balancer: one chat's updates are handled one at a time across instances
/// (a per-chat lock, taken in the order they arrive), and an update is answered once whichever instance receives it,
/// however often Telegram or a retry delivers it. The inner handler does the work.
/// </summary>
public sealed class SharedUpdateHandler : IUpdateHandler
{
    public const string Scope = "telegram";

    private readonly IUpdateHandler _inner;
    private readonly IHandledIdStore _handled;
    private readonly IKeyedLock _locks;
    private readonly ILogger<SharedUpdateHandler> _logger;

    public SharedUpdateHandler(IUpdateHandler inner, IHandledIdStore handled, IKeyedLock locks, ILogger<SharedUpdateHandler> logger)
    {
        _inner = inner;
        _handled = handled;
        _locks = locks;
        _logger = logger;
    }

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        await using var chat = await _locks.AcquireAsync(ChatKey(update), cancellationToken);
        var id = update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        switch (await _handled.TryClaimAsync(Scope, id, cancellationToken))
        {
            case ClaimOutcome.AlreadyHandled:
                _logger.LogDebug("Update {UpdateId} was already answered by an instance; skipping the repeat", update.Id);
                return;
            case ClaimOutcome.InProgressElsewhere:
                // Its holder may have died: refusing makes Telegram deliver it again, by then the lease has run out.
                throw new UpdateDeferredException(update.Id);
        }

        try
        {
            await _inner.HandleAsync(update, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await _handled.ReleaseAsync(Scope, id, CancellationToken.None);
            throw;
        }

        await _handled.CompleteAsync(Scope, id, CancellationToken.None);
    }

    /// <summary>The chat an update belongs to; inline queries have none and are keyed by their sender.</summary>
    internal static string ChatKey(Update update) => update switch
    {
        { Message.Chat.Id: var chat } => $"telegram-chat:{chat}",
        { CallbackQuery.Message.Chat.Id: var chat } => $"telegram-chat:{chat}",
        { CallbackQuery.From.Id: var user } => $"telegram-user:{user}",
        { InlineQuery.From.Id: var user } => $"telegram-user:{user}",
        _ => "telegram-update:" + update.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
