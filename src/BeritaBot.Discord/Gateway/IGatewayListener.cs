using BeritaBot.Discord.Payloads;

namespace BeritaBot.Discord.Gateway;

/// <summary>Receives the dispatches the adapter cares about. Calls run off the receive loop.</summary>
public interface IGatewayListener
{
    Task OnReadyAsync(ReadyData ready, CancellationToken cancellationToken);

    /// <summary>Called at most once per interaction id, even when a resume replays it.</summary>
    Task OnInteractionAsync(Interaction interaction, CancellationToken cancellationToken);
}
