namespace BeritaBot.Telegram.Api.Requests;

public sealed class DeleteWebhookRequest() : RequestBase<bool>("deleteWebhook")
{
    public bool? DropPendingUpdates { get; init; }
}
