namespace BeritaBot.Core.Generation;

/// <summary>One generated article in <c>sources.yaml</c>.</summary>
public sealed record SyntheticSource(string Id, string Outlet, string Title, DateOnly? Published);
