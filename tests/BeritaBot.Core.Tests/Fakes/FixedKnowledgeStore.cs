using BeritaBot.Core.Knowledge;

namespace BeritaBot.Core.Tests.Fakes;

/// <summary>A store that serves one snapshot and never reloads.</summary>
internal sealed class FixedKnowledgeStore(KnowledgeSnapshot snapshot) : IKnowledgeStore
{
    public event EventHandler<ReloadResult>? Reloaded
    {
        add { }
        remove { }
    }

    public KnowledgeSnapshot Current { get; } = snapshot;

    public ReloadResult Reload(string trigger) => new(true, KnowledgeDiff.None, [], TimeSpan.Zero, trigger);
}
