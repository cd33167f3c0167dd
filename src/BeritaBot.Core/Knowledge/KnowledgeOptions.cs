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

    /// <summary>
    /// A file that keeps the loaded knowledge and its built index, so a start or reload of an unchanged folder reads one
    /// file instead of parsing every card and building the index (see <see cref="Caching.KnowledgeCache"/>). Empty
    /// means no cache: the bundled knowledge loads in a fraction of a second without one.
    /// </summary>
    public string? CachePath { get; set; }

    /// <summary>Quiet period after the last file change before a watched folder reloads.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:01:00")]
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromMilliseconds(500);
}
