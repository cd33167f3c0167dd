using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Insights;

/// <summary>Settings for the editors' loop: where declined questions and votes are kept.</summary>
public sealed class InsightsOptions
{
    public const string SectionName = "Insights";

    /// <summary>False registers no-op services that record nothing and report "disabled".</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The SQLite file. Empty means <c>&lt;LocalApplicationData&gt;/BeritaBot/beritabot.db</c>; a relative path is
    /// resolved against the host's content root.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>How long a writer waits for another writer's lock before giving up.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>FuzzySharp token-sort score (0–100) at which two normalised questions count as one in the report.</summary>
    [Range(50, 100)]
    public int GroupSimilarity { get; set; } = 90;

    /// <summary>
    /// Fuzzy merging compares groups pairwise; beyond this many distinct normalised questions the rarest are listed
    /// as they are, so a huge backlog cannot make the report slow.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxGroupsToMerge { get; set; } = 5_000;
}
