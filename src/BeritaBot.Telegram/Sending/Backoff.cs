namespace BeritaBot.Telegram.Sending;

/// <summary>Exponential back-off with jitter, so many instances recovering together do not retry in step.</summary>
public sealed class Backoff
{
    private readonly TimeSpan _initial;
    private readonly TimeSpan _max;

    public Backoff(TimeSpan initial, TimeSpan max)
    {
        _initial = initial;
        _max = max < initial ? initial : max;
    }

    public static Backoff From(TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Backoff(options.BackoffBaseDelay, options.BackoffMaxDelay);
    }

    /// <summary>The wait before retry number <paramref name="attempt"/> (1-based): between half and all of the doubled delay.</summary>
    public TimeSpan Delay(int attempt)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var ceiling = Math.Min(_max.TotalMilliseconds, _initial.TotalMilliseconds * Math.Pow(2, exponent));

        // Jitter needs no cryptographic strength.
#pragma warning disable CA5394
        var jitter = 0.5 + (Random.Shared.NextDouble() * 0.5);
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(ceiling * jitter);
    }
}
