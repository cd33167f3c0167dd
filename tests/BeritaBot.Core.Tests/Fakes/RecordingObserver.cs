using System.Collections.Concurrent;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Tests.Fakes;

internal sealed class RecordingObserver : IAnswerObserver
{
    public ConcurrentQueue<(Answer Answer, AskContext Context)> Seen { get; } = new();

    public void OnAnswered(Answer answer, AskContext context) => Seen.Enqueue((answer, context));
}
