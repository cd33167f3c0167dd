namespace BeritaBot.Core.Matching;

/// <summary>
/// A question about an article's byline ("siapa penulis berita Kompas tentang ...", "who edited the ANTARA story",
/// "kapan artikel itu terbit"), read from its tokens.
/// </summary>
/// <param name="Fields">What is asked; <see cref="ArticleFields.None"/> when the question is not about an article.</param>
/// <param name="NamedSourceIds">Sources the question names by outlet or wire agency next to "berita"/"article".</param>
/// <param name="TopicTokens">The question without its byline words and outlet names: what the article is about.</param>
internal sealed record ArticleQuestion(ArticleFields Fields, IReadOnlyList<string> NamedSourceIds, List<string> TopicTokens)
{
    public static ArticleQuestion NotAbout { get; } = new(ArticleFields.None, [], []);

    public bool IsAboutArticle => Fields != ArticleFields.None;
}
