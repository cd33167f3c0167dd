using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Fakes;

public sealed record CapturedLog(LogLevel Level, string Category, string Message, Exception? Exception)
{
    /// <summary>Everything that would reach a log sink: the message and every exception's text.</summary>
    public string FullText => Message + " " + Exception;
}
