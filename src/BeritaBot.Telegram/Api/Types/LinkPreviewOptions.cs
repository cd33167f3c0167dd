namespace BeritaBot.Telegram.Api.Types;

public sealed record LinkPreviewOptions(bool IsDisabled)
{
    public static LinkPreviewOptions Disabled { get; } = new(true);
}
