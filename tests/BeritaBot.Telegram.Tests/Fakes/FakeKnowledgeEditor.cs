using BeritaBot.Core.Knowledge;

namespace BeritaBot.Telegram.Tests.Fakes;

public sealed class FakeKnowledgeEditor : IKnowledgeEditor
{
    public List<(string CardId, string Question, string Trigger)> Calls { get; } = [];

    public KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger)
    {
        lock (Calls)
        {
            Calls.Add((cardId, question, trigger));
        }

        return new KnowledgeEditResult(true, $"Added \"{question}\" to {cardId}.", null);
    }
}
