using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Benchmarks;

/// <summary>The production store and answer service, wired as the host wires them, without observers or logging.</summary>
internal static class BenchService
{
    public static (KnowledgeStore Store, IAnswerService Answers) Open(string folder)
    {
        var (store, load) = KnowledgeStore.Open(folder);
        if (store is null)
        {
            throw new InvalidOperationException($"{folder} does not load: {load.Errors.First()}");
        }

        var answers = new AnswerService(store, Options.Create(new MatchOptions()), [], NullLogger<AnswerService>.Instance);
        return (store, answers);
    }

    /// <summary>The card a question's answer points at: the answered card, or the best candidate of a decline.</summary>
    public static string? TopCard(Answer answer) => answer.CardId ?? answer.BestCandidateId;
}
