namespace BeritaBot.Core.Coordination;

/// <summary>
/// Spaces out a platform's connection starts across every instance of the bot (Discord's Identify): at most one
/// start per lane per spacing, and none while the scope's budget of starts is spent. A shared implementation makes
/// several processes keep the limits that the platform counts per bot, not per process.
/// </summary>
public interface IConnectionStartGate
{
    /// <summary>Sets the scope's budget as the platform last reported it; until then a scope has no budget limit.</summary>
    ValueTask SetBudgetAsync(string scope, StartBudget budget, CancellationToken cancellationToken);

    /// <summary>
    /// Takes the lane's turn and counts it against the budget when both allow it now (returns zero); otherwise takes
    /// nothing and returns how long to wait before asking again.
    /// </summary>
    ValueTask<TimeSpan> TryStartAsync(string scope, string lane, TimeSpan spacing, CancellationToken cancellationToken);
}
