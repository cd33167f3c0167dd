using System.Globalization;
using System.Net.Http.Headers;

namespace BeritaBot.Discord.Rest;

/// <summary>
/// Tracks Discord's rate limits as the response headers describe them: which bucket a route belongs to, how many
/// requests remain in it and when it resets, and a global pause after a global 429. Never hard-codes limits.
/// </summary>
public sealed class DiscordRateLimiter
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, string> _bucketByTemplate = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BucketState> _buckets = new(StringComparer.Ordinal);
    private DateTimeOffset _globalUntil = DateTimeOffset.MinValue;

    public DiscordRateLimiter(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>How long to wait before sending on this route; reserves one request when none is needed.</summary>
    public TimeSpan Acquire(DiscordRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var wait = _globalUntil > now ? _globalUntil - now : TimeSpan.Zero;
            if (FindBucket(route) is { } bucket)
            {
                if (bucket.ResetAt <= now)
                {
                    // The window has passed; the next response tells the new count.
                    bucket.Remaining = Math.Max(bucket.Remaining, 1);
                }
                else if (bucket.Remaining <= 0)
                {
                    var bucketWait = bucket.ResetAt - now;
                    wait = bucketWait > wait ? bucketWait : wait;
                }

                if (wait == TimeSpan.Zero)
                {
                    bucket.Remaining--;
                }
            }

            return wait;
        }
    }

    /// <summary>Learns the route's bucket and its state from a response.</summary>
    public void Update(DiscordRoute route, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(headers);
        var hash = Header(headers, "X-RateLimit-Bucket");
        if (hash is null)
        {
            return;
        }

        lock (_gate)
        {
            _bucketByTemplate[route.Method + " " + route.Template] = hash;
            var bucket = GetOrAdd(hash + "|" + route.Major);
            if (int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var remaining))
            {
                bucket.Remaining = remaining;
            }

            if (double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var resetAfter))
            {
                bucket.ResetAt = _time.GetUtcNow() + TimeSpan.FromSeconds(resetAfter);
            }
        }
    }

    /// <summary>Records a 429: the whole client pauses when it was global, otherwise the route's bucket.</summary>
    public void OnRateLimited(DiscordRoute route, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        lock (_gate)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (global)
            {
                _globalUntil = until > _globalUntil ? until : _globalUntil;
                return;
            }

            var template = route.Method + " " + route.Template;
            if (!_bucketByTemplate.TryGetValue(template, out var hash))
            {
                // No bucket header seen yet: the route stands for its own bucket until one arrives.
                hash = "route:" + template;
                _bucketByTemplate[template] = hash;
            }

            var bucket = GetOrAdd(hash + "|" + route.Major);
            bucket.Remaining = 0;
            bucket.ResetAt = until > bucket.ResetAt ? until : bucket.ResetAt;
        }
    }

    private BucketState? FindBucket(DiscordRoute route) =>
        _bucketByTemplate.TryGetValue(route.Method + " " + route.Template, out var hash)
        && _buckets.TryGetValue(hash + "|" + route.Major, out var bucket)
            ? bucket
            : null;

    private BucketState GetOrAdd(string key)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new BucketState();
            _buckets[key] = bucket;
        }

        return bucket;
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
