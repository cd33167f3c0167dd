using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Core.Knowledge;

/// <summary>Where the knowledge folder is and whether to watch it. Section "Knowledge".</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>The knowledge folder. Empty means the bundled one, found relative to the app (see <see cref="KnowledgeFolderLocator"/>).</summary>
    public string? Path { get; set; }

    /// <summary>Reload automatically when files in the folder change.</summary>
    public bool Watch { get; set; }

    /// <summary>Quiet period after the last file change before a watched folder reloads.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);
}
