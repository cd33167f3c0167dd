namespace BeritaBot.Core.Knowledge;

/// <summary>Holds the knowledge snapshot that is serving now and swaps in a new one atomically.</summary>
public interface IKnowledgeStore
{
    /// <summary>The snapshot serving now. Never half-loaded: a reload swaps a complete snapshot in one step.</summary>
    KnowledgeSnapshot Current { get; }

    /// <summary>Loads and validates the folder again; swaps it in only when it has no errors.</summary>
    /// <param name="trigger">Who asked, for the audit log: an admin id, "cli", "file watcher".</param>
    ReloadResult Reload(string trigger);

    /// <summary>Raised after a successful swap.</summary>
    event EventHandler<ReloadResult>? Reloaded;
}
