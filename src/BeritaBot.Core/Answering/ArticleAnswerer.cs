using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;

namespace BeritaBot.Core.Answering;

/// <summary>
/// Answers questions about the articles themselves (author, editor, publication date, wire agency, outlet) from
/// <c>sources.yaml</c>. The article is the one the question names by outlet, narrowed by what it says the article
/// is about: the cards that best match the topic words point to their sources.
/// </summary>
internal static class ArticleAnswerer
{
    /// <summary>
    /// Below this, the topic words match no card well enough to say which article is meant. Lower than the answer
    /// threshold because the topic is usually a fragment ("berita kelompok kerja"), not a question a card phrases.
    /// </summary>
    private const double TopicFloor = 0.25;

    /// <summary>Sources whose best card is this close to the best source's are listed together.</summary>
    private const double TieMargin = 0.02;

    private const int RelatedCards = 3;

    /// <summary>The answer, or null when the article meant cannot be told (the normal card matching then answers or declines).</summary>
    public static Answer? TryAnswer(KnowledgeSnapshot snapshot, ArticleQuestion article, string question, AnswerLanguage language)
    {
        var index = snapshot.Index;
        var candidates = article.NamedSourceIds.Count > 0
            ? article.NamedSourceIds.Where(snapshot.SourcesById.ContainsKey).ToList()
            : snapshot.Sources.Select(s => s.Id).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var topic = CardMatcher.Match(index, article.TopicTokens, keep: 10);
        var chosen = candidates;
        var confidence = 1.0;
        IReadOnlyList<Card> topicCards = [];
        if (topic.Query.Terms.Count > 0)
        {
            // A card drawn from several articles says less about which one is meant (a profile citing every
            // article would otherwise pick them all).
            var scores = candidates.ToDictionary(id => id, id => topic.Ranked
                .Where(s => index.Cards[s.Card].SourceIds.Contains(id, StringComparer.Ordinal))
                .Select(s => s.Confidence / index.Cards[s.Card].SourceIds.Count)
                .DefaultIfEmpty(0)
                .Max());
            var best = scores.Values.Max();
            if (best >= TopicFloor)
            {
                chosen = candidates.Where(id => scores[id] >= best - TieMargin).ToList();
                confidence = article.NamedSourceIds.Count > 0 ? Math.Max(best, 0.9) : best;
                topicCards = topic.Ranked.Select(s => index.Cards[s.Card]).ToList();
            }
            else if (article.NamedSourceIds.Count != 1)
            {
                // The question is about an article on something the coverage does not report.
                return null;
            }
        }
        else if (article.NamedSourceIds.Count == 0 && snapshot.Sources.Count > 1)
        {
            // "Siapa penulis berita ini?" with no topic: every article, listed.
            confidence = 0.75;
        }

        var sources = chosen.Select(id => snapshot.SourcesById[id]).ToList();
        var english = language == AnswerLanguage.English;
        var text = string.Join("\n", sources.Select(s => AnswerTexts.Byline(s, article.Fields, english)));
        var related = topicCards.Where(c => c.SourceIds.Any(chosen.Contains))
            .Concat(snapshot.Cards.Where(c => c.SourceIds.Any(chosen.Contains)))
            .Distinct()
            .Take(RelatedCards)
            .Select(c => AnswerService.ReferenceFor(snapshot, c, language))
            .ToArray();
        var answer = new Answer
        {
            Kind = AnswerKind.Article,
            Question = question,
            NormalizedQuestion = topic.Query.Normalized,
            Language = language,
            Confidence = Math.Round(confidence, 4),
            Band = AnswerService.BandFor(confidence),
            Title = AnswerTexts.AboutArticles(sources.Count, english),
            Text = text,
            Sources = sources.Select(SourceReference.From).ToArray(),
            Related = related,
        };

        // "Who wrote it?" of an article that names no author is a question the coverage leaves open: declined, with
        // what the byline does say, and logged for the editors like any other decline.
        return sources.Any(s => Gives(s, article.Fields))
            ? answer
            : answer with
            {
                Kind = AnswerKind.NotCovered,
                Text = AnswerTexts.NotCovered(language) + "\n\n" + text,
                Body = AnswerTexts.NotCovered(language),
                Coverage = text,
            };
    }

    /// <summary>Whether the source gives at least one of the details asked (an outlet is always given).</summary>
    private static bool Gives(Source source, ArticleFields asked) =>
        asked.HasFlag(ArticleFields.Outlet)
        || (asked.HasFlag(ArticleFields.Author) && source.Author is not null)
        || (asked.HasFlag(ArticleFields.Editor) && source.Editor is not null)
        || (asked.HasFlag(ArticleFields.Published) && source.Published is not null)
        || (asked.HasFlag(ArticleFields.Agency) && source.Agency is not null);
}
