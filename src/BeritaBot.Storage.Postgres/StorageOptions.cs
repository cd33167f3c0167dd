using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Storage.Postgres;

/// <summary>The shared store for several instances. Set <see cref="ConnectionString"/> to use PostgreSQL.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>An Npgsql connection string (<c>Storage__ConnectionString</c> in the environment).</summary>
    [Required]
    public string? ConnectionString { get; set; }

    /// <summary>This instance's name in reload results and claims. Empty: host name and process id.</summary>
    [MaxLength(100)]
    public string? InstanceId { get; set; }

    /// <summary>How long a reload waits for the other instances to report before listing them as "no answer".</summary>
    [Range(100, 600_000)]
    public int ReloadTimeoutMilliseconds { get; set; } = 5_000;

    /// <summary>How often an instance says it is alive; one silent for three beats is not waited for.</summary>
    [Range(100, 600_000)]
    public int HeartbeatMilliseconds { get; set; } = 2_000;

    /// <summary>How long a claim on a delivery holds before another instance may take it over (its holder died).</summary>
    [Range(1, 3_600)]
    public int ClaimLeaseSeconds { get; set; } = 30;

    /// <summary>How long handled ids and button tokens are kept.</summary>
    [Range(1, 365)]
    public int RetentionDays { get; set; } = 30;

    /// <summary>After a failure, operations fail fast (counted) for this long instead of each waiting on the network.</summary>
    [Range(0, 600_000)]
    public int RetryAfterFailureMilliseconds { get; set; } = 2_000;
}
