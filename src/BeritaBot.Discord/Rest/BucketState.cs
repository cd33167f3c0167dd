namespace BeritaBot.Discord.Rest;

internal sealed class BucketState
{
    public int Remaining { get; set; } = 1;

    public DateTimeOffset ResetAt { get; set; }
}
