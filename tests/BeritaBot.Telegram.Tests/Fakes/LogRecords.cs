using Microsoft.Extensions.Logging.Testing;

namespace BeritaBot.Telegram.Tests.Fakes;

public static class LogRecords
{
    /// <summary>Everything a log sink could write: the message, every structured value and the exception's text.</summary>
    public static string FullText(this FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var values = record.StructuredState?.Select(p => p.Value) ?? [];
        return string.Join(" ", [record.Message, .. values, record.Exception?.ToString()]);
    }
}
