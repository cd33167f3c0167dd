namespace BeritaBot.Core.Answering;

/// <summary>A cited article as front ends show it.</summary>
public sealed record SourceReference(string Id, string Outlet, string Title, DateOnly? Published, string? Url);
