using System.Security.Cryptography;
using System.Text;

namespace BeritaBot.Core.Insights;

/// <summary>
/// How every front end names a reader: one voter key for the feedback store (which keeps only a salted hash of
/// it), and a pseudonym for logs and audit triggers, so no raw platform user id is ever written anywhere.
/// </summary>
public static class ReaderKey
{
    // Per process: log lines of one run can be correlated, but a pseudonym cannot be turned back into an id.
    private static readonly byte[] LogKey = RandomNumberGenerator.GetBytes(32);

    /// <summary>"discord:1234": what the feedback store hashes to keep one vote per reader per answer.</summary>
    public static string Voter(string platform, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return platform + ":" + userId;
    }

    /// <summary>"discord#3f9a0c1d": the reader in log lines and reload/edit triggers; "discord#unknown" without an id.</summary>
    public static string Pseudonym(string platform, string? userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(platform);
        if (string.IsNullOrWhiteSpace(userId))
        {
            return platform + "#unknown";
        }

        var hash = HMACSHA256.HashData(LogKey, Encoding.UTF8.GetBytes(Voter(platform, userId)));
        return platform + "#" + Convert.ToHexStringLower(hash, 0, 4);
    }
}
