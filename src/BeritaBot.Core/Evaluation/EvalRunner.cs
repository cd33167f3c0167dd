using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Evaluation;

/// <summary>Asks every question of a set through the answer service, exactly as a user's question would go.</summary>
public static class EvalRunner
{
    public static EvalReport Run(IAnswerService answers, IEnumerable<EvalCase> cases)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var context = new AskContext("eval");
        var outcomes = cases.Where(c => !c.IsGap).Select(c =>
        {
            var answer = answers.Ask(c.Question, context);
            var answeredBy = answer.CardId ?? ArticleKey(answer);
            return new EvalOutcome(c, answer.IsAnswered, answeredBy, answeredBy ?? answer.BestCandidateId, answer.Confidence);
        }).ToList();
        return new EvalReport(outcomes);
    }

    /// <summary>An answer about one article's byline is "source:id"; one listing several articles answers none of them precisely.</summary>
    internal static string? ArticleKey(Answer answer) => answer is { IsAnswered: true, CardId: null }
        ? EvalSet.SourcePrefix + string.Join(',', answer.Sources.Select(s => s.Id))
        : null;
}
