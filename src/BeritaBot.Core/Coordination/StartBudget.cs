namespace BeritaBot.Core.Coordination;

/// <summary>How many connection starts a scope may make: <see cref="Remaining"/> until <see cref="ResetAfter"/>, then <see cref="Total"/> again (per day).</summary>
public sealed record StartBudget(int Total, int Remaining, TimeSpan ResetAfter)
{
    /// <summary>How long a renewed budget lasts when the platform has not said again (Discord: a day).</summary>
    public static TimeSpan Period { get; } = TimeSpan.FromDays(1);
}
