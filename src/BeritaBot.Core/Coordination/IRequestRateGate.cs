namespace BeritaBot.Core.Coordination;

/// <summary>
/// A request rate that every instance of the bot shares (Discord's global REST limit per bot token): at most
/// <see cref="RequestRate.Limit"/> requests in any <see cref="RequestRate.Window"/>, and a pause that, once
/// published by any instance, every instance honours.
/// </summary>
public interface IRequestRateGate
{
    /// <summary>Takes one request when the rate and any pause allow it now (returns zero); otherwise takes nothing and returns how long to wait.</summary>
    ValueTask<TimeSpan> TryTakeAsync(string scope, RequestRate rate, CancellationToken cancellationToken);

    /// <summary>Tells every instance to send nothing in the scope for <paramref name="retryAfter"/>.</summary>
    ValueTask PauseAsync(string scope, TimeSpan retryAfter, CancellationToken cancellationToken);
}
