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
            return new EvalOutcome(c, answer.IsAnswered, answer.CardId, answer.CardId ?? answer.BestCandidateId, answer.Confidence);
        }).ToList();
        return new EvalReport(outcomes);
    }
}
