namespace BeritaBot.Discord.Rest;

/// <param name="ResetAfter">Milliseconds until <see cref="Remaining"/> resets.</param>
/// <param name="MaxConcurrency">Identifies allowed per 5 seconds.</param>
public sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency)
{
    /// <summary>Used when the gateway URL is configured and Discord is not asked.</summary>
    public static SessionStartLimit Unknown { get; } = new(1000, 1000, 0, 1);
}
