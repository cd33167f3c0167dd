using System.Security.Cryptography;
using System.Text;

namespace BeritaBot.Discord.Rest;

/// <summary>
/// One REST call: the path to send, the route template (no secrets: safe to log) and the major parameter that,
/// with the bucket hash Discord reports, identifies the rate-limit bucket.
/// </summary>
public sealed record DiscordRoute(HttpMethod Method, string Path, string Template, string Major)
{
    /// <summary>
    /// Interaction replies and follow-ups (under the interaction's token) are not bound to the bot's global rate limit,
    /// Discord's rate-limit documentation says; everything else counts towards it.
    /// </summary>
    public bool CountsTowardsGlobalLimit =>
        !Template.StartsWith("/interactions/", StringComparison.Ordinal) && !Template.StartsWith("/webhooks/", StringComparison.Ordinal);

    public override string ToString() => $"{Method} {Template}";

    /// <summary>A stand-in for a secret (an interaction token) that still tells tokens apart.</summary>
    public static string Fingerprint(string secret) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret)).AsSpan(0, 6));
}
