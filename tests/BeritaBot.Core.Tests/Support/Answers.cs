using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Coordination;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace BeritaBot.Core.Tests.Support;

internal static class Answers
{
    public static AnswerService Over(IKnowledgeStore store, params IAnswerObserver[] observers) =>
        new(store, Options.Create(new MatchOptions()), observers, NullLogger<AnswerService>.Instance);

    public static AnswerService OverRealKnowledge(params IAnswerObserver[] observers) =>
        Over(new FixedKnowledgeStore(RealKnowledge.Snapshot), observers);

    /// <summary>Over the real knowledge, remembering conversations in <paramref name="memory"/>.</summary>
    public static AnswerService OverRealKnowledge(ConversationMemory memory, params IAnswerObserver[] observers) =>
        new(new FixedKnowledgeStore(RealKnowledge.Snapshot), Options.Create(new MatchOptions()), observers, NullLogger<AnswerService>.Instance, memory);

    public static ConversationMemory Memory(TimeProvider clock, ConversationOptions? options = null) =>
        new(Options.Create(options ?? new ConversationOptions()), clock);

    /// <summary>One instance's memory over a store several instances share.</summary>
    public static ConversationMemory SharedMemory(TimeProvider clock, IConversationContextStore store) =>
        new(Options.Create(new ConversationOptions()), clock, store);
}
