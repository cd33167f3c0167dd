namespace BeritaBot.Discord.Gateway;

/// <param name="Shard">[shard_id, num_shards].</param>
public sealed record IdentifyData(string Token, int Intents, IdentifyProperties Properties, IReadOnlyList<int> Shard);
