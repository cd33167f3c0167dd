namespace BeritaBot.Discord.Gateway;

/// <summary>What every shard of this process connects with, decided once at start.</summary>
/// <param name="MaxConcurrency">Discord's <c>max_concurrency</c>: the number of Identify buckets.</param>
/// <param name="IdentifyScope">Names this bot's Identify limits in the start gate (a token fingerprint, never the token).</param>
internal sealed record GatewayPlan(Uri Url, ShardSet Shards, int MaxConcurrency, string IdentifyScope);
