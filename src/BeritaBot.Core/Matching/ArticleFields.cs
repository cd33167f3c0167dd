namespace BeritaBot.Core.Matching;

/// <summary>What a question asks about an article itself rather than about the events it reports.</summary>
[Flags]
public enum ArticleFields
{
    None = 0,
    Author = 1,
    Editor = 2,
    Published = 4,
    Agency = 8,
    Outlet = 16,
}
