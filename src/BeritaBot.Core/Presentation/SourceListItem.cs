namespace BeritaBot.Core.Presentation;

/// <summary>One article in the sources list, numbered as readers pick it.</summary>
/// <param name="Date">The publication date in Indonesian, or that none is given.</param>
/// <param name="Byline">Author and wire agency, when sources.yaml gives them; empty otherwise.</param>
public sealed record SourceListItem(int Number, string Id, string Outlet, string Title, string Date, string Byline, string? Url)
{
    public string Plain => $"{Outlet}: \"{Title}\" ({Date}{(Byline.Length > 0 ? "; " + Byline : string.Empty)})";
}
