namespace BeritaBot.Core.Coordination;

/// <summary>
/// Remembers which platform deliveries (Telegram update ids, Discord interaction ids) were handled, so a delivery
/// repeated by the platform or by a retry is answered once, whichever instance receives it.
/// </summary>
/// <remarks>
/// A claim is a lease: an instance that dies while handling leaves a claim that expires, and the platform's next
/// delivery of that update is handled by whoever receives it.
/// </remarks>
public interface IHandledIdStore
{
    ValueTask<ClaimOutcome> TryClaimAsync(string scope, string id, CancellationToken cancellationToken);

    /// <summary>Marks a claimed delivery as answered: every later delivery of it is skipped.</summary>
    ValueTask CompleteAsync(string scope, string id, CancellationToken cancellationToken);

    /// <summary>Gives a claim back without answering (handling was cancelled), so a redelivery is handled.</summary>
    ValueTask ReleaseAsync(string scope, string id, CancellationToken cancellationToken);
}
