using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;

namespace BeritaBot.Core.Evaluation;

/// <summary>Asks a follow-up set's conversations through the answer service, each chat as one conversation.</summary>
public static class FollowUpRunner
{
    public static FollowUpReport Run(IAnswerService answers, IEnumerable<FollowUpCase> cases)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(cases);

        // Each run gets keys of its own, so a second run over the same service does not continue the first.
        var run = Guid.NewGuid();
        var outcomes = cases.Where(c => !c.Case.IsGap).Select(c =>
        {
            var context = new AskContext("eval") { Conversation = ConversationKey.Of("eval", run, c.Chat) };
            var answer = answers.Ask(c.Case.Question, context);
            var answeredBy = answer.CardId ?? EvalRunner.ArticleKey(answer);
            return new FollowUpOutcome(c, answer.IsAnswered, answeredBy, answeredBy ?? answer.BestCandidateId, answer.Confidence, answer.Topic is not null);
        }).ToList();
        return new FollowUpReport(outcomes);
    }
}
