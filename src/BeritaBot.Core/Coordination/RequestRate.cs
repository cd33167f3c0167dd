namespace BeritaBot.Core.Coordination;

/// <summary>At most <see cref="Limit"/> requests in any window of <see cref="Window"/>.</summary>
public sealed record RequestRate(int Limit, TimeSpan Window);
