using System.Text.Json;
using BeritaBot.Core.Conversations;

namespace BeritaBot.Host.Cli;

/// <summary>
/// One input line of <c>ask --batch</c>: a plain question that stands alone, or a JSON object
/// <c>{"chat": "ID", "question": "TEXT"}</c> whose lines with the same chat id form one conversation, in file order.
/// </summary>
internal sealed record BatchLine(string Question, string? Chat)
{
    public static BatchLine Read(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.TrimStart();
        if (!trimmed.StartsWith('{'))
        {
            return new BatchLine(line, null);
        }

        try
        {
            using var json = JsonDocument.Parse(trimmed);
            if (json.RootElement.ValueKind == JsonValueKind.Object
                && json.RootElement.TryGetProperty("question", out var question) && question.ValueKind == JsonValueKind.String)
            {
                var chat = json.RootElement.TryGetProperty("chat", out var id) && id.ValueKind is JsonValueKind.String or JsonValueKind.Number
                    ? id.ToString()
                    : null;
                return new BatchLine(question.GetString()!, chat);
            }
        }
        catch (JsonException)
        {
            // Not JSON after all ("{sic} kapan …"): a question like any other line.
        }

        return new BatchLine(line, null);
    }

    /// <param name="run">Distinguishes one batch's chats from another's in the same process.</param>
    public ConversationKey? ConversationIn(Guid run) => Chat is null ? null : ConversationKey.Of("batch", run, Chat);
}
