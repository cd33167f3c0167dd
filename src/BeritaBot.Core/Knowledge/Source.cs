namespace BeritaBot.Core.Knowledge;

/// <summary>An article the knowledge is drawn from, as listed in <c>knowledge/sources.yaml</c>.</summary>
public sealed record Source(
    string Id,
    string Outlet,
    string Title,
    DateOnly? Published,
    string? Author,
    string? Agency,
    string? Url)
{
    /// <summary>The article's editor, where its byline names one.</summary>
    public string? Editor { get; init; }
}
