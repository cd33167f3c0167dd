namespace BeritaBot.Telegram.Handling;

/// <summary>Another instance holds this update: the webhook answers 503 so Telegram delivers it again later.</summary>
public sealed class UpdateDeferredException : Exception
{
    public UpdateDeferredException(int updateId)
        : base($"Update {updateId} is being handled by another instance.")
    {
        UpdateId = updateId;
    }

    public UpdateDeferredException()
    {
    }

    public UpdateDeferredException(string message)
        : base(message)
    {
    }

    public UpdateDeferredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public int UpdateId { get; }
}
