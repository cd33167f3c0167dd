using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Answering;

/// <summary>A cited article as front ends show it.</summary>
public sealed record SourceReference(string Id, string Outlet, string Title, DateOnly? Published, string? Url)
{
    public static SourceReference From(Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new SourceReference(source.Id, source.Outlet, source.Title, source.Published, source.Url);
    }
}
