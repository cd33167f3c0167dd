using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Tests.Fakes;

/// <summary>An observer whose storage is broken: every notification throws.</summary>
internal sealed class ThrowingObserver : IAnswerObserver
{
    public int Calls { get; private set; }

    public void OnAnswered(Answer answer, AskContext context)
    {
        Calls++;
        throw new InvalidOperationException("observer storage is down");
    }
}
