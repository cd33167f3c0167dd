using BeritaBot.Core.Knowledge;

namespace BeritaBot.Discord.Tests.Fakes;

public sealed class FakeKnowledgeEditor : IKnowledgeEditor
{
    public List<(string CardId, string Question, string Trigger)> Edits { get; } = [];

    public KnowledgeEditResult AddPhrasing(string cardId, string question, string trigger)
    {
        lock (Edits)
        {
            Edits.Add((cardId, question, trigger));
        }

        return new KnowledgeEditResult(true, "Dimuat ulang.");
    }
}
