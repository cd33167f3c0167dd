using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Tests.Support;

/// <summary>Hand-made cards for the matcher's tests: one source ("s"), a file named after the id.</summary>
internal static class TestCards
{
    public static Card New(string id, string title, string answer, params string[] questions) => new()
    {
        Id = id,
        Title = title,
        Answer = answer,
        Questions = questions,
        SourceIds = ["s"],
        FilePath = id + ".md",
    };
}
