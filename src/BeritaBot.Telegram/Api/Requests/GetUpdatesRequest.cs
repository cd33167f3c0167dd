using BeritaBot.Telegram.Api.Types;

namespace BeritaBot.Telegram.Api.Requests;

public sealed class GetUpdatesRequest() : RequestBase<IReadOnlyList<Update>>("getUpdates")
{
    /// <summary>The last handled update_id + 1: confirms every update before it.</summary>
    public long? Offset { get; init; }

    /// <summary>1–100.</summary>
    public int? Limit { get; init; }

    /// <summary>Long-polling timeout in seconds.</summary>
    public int? Timeout { get; init; }

    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}
