using BeritaBot.Core.Knowledge;

namespace BeritaBot.Discord.Tests.Fakes;

public sealed class FakeKnowledgeStore : IKnowledgeStore
{
    public ReloadResult NextResult { get; set; } =
        new(true, new KnowledgeDiff(["card-9"], ["card-1"], []), [], TimeSpan.FromMilliseconds(12), "test");

    public List<string> Triggers { get; } = [];

    public KnowledgeSnapshot Current { get; set; } = KnowledgeSnapshot.Empty;

    public event EventHandler<ReloadResult>? Reloaded;

    public ReloadResult Reload(string trigger)
    {
        lock (Triggers)
        {
            Triggers.Add(trigger);
        }

        if (NextResult.Succeeded)
        {
            Reloaded?.Invoke(this, NextResult);
        }

        return NextResult with { Trigger = trigger };
    }
}
