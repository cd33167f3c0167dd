namespace BeritaBot.Core.Coordination;

/// <param name="Reachable">The last operation on the store succeeded (or none was tried yet and it answers now).</param>
/// <param name="FailedWrites">Writes lost since start (declines, votes, tokens, claims) because the store failed.</param>
/// <param name="LastProblem">The last failure's message, while failing.</param>
public sealed record StoreHealth(bool Reachable, long FailedWrites, string? LastProblem);
