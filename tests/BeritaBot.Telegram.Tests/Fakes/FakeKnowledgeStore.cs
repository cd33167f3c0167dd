using BeritaBot.Core.Knowledge;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>Returns a scripted reload result and records who asked.</summary>
public sealed class FakeKnowledgeStore : IKnowledgeStore
{
    public KnowledgeSnapshot Current { get; set; } = KnowledgeSnapshot.Empty;

    public ReloadResult NextResult { get; set; } =
        new(true, new KnowledgeDiff(["kartu-baru"], ["gencatan-senjata"], ["kartu-lama"]), [], TimeSpan.FromMilliseconds(12), string.Empty);

    public List<string> Triggers { get; } = [];

    public event EventHandler<ReloadResult>? Reloaded;

    public ReloadResult Reload(string trigger)
    {
        lock (Triggers)
        {
            Triggers.Add(trigger);
        }

        var result = NextResult with { Trigger = trigger };
        if (result.Succeeded)
        {
            Reloaded?.Invoke(this, result);
        }

        return result;
    }
}
