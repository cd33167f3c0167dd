using System.Text.Json.Nodes;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>Updates as Telegram sends them, written out as JSON independently of the adapter's own types.</summary>
public static class Updates
{
    public const long UserId = 777;
    public const long AdminId = 42;
    public const long GroupId = -100200300;

    private static long _nextMessageId = 1;

    public static long NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    public static JsonObject Private(string text, long messageId, long userId = UserId) =>
        new() { ["message"] = Message(text, messageId, userId, userId, "private") };

    public static JsonObject Group(string text, long messageId, long userId = UserId, JsonObject? replyTo = null)
    {
        var message = Message(text, messageId, userId, GroupId, "supergroup");
        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return new JsonObject { ["message"] = message };
    }

    public static JsonObject BotMessage(long messageId, long chatId, string text = "jawaban sebelumnya") => new()
    {
        ["message_id"] = messageId,
        ["date"] = 1_700_000_000,
        ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
        ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "Berita", ["username"] = FakeBotApiServer.BotUsername },
        ["text"] = text,
    };

    public static JsonObject Callback(string data, long chatId = UserId, long userId = UserId, long messageId = 900, JsonObject? questionMessage = null)
    {
        var message = BotMessage(messageId, chatId);
        if (questionMessage is not null)
        {
            message["reply_to_message"] = questionMessage;
        }

        return new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cb" + NextMessageId(),
                ["from"] = User(userId),
                ["chat_instance"] = "ci",
                ["message"] = message,
                ["data"] = data,
            },
        };
    }

    public static JsonObject Inline(string query, long userId = UserId) => new()
    {
        ["inline_query"] = new JsonObject { ["id"] = "iq" + NextMessageId(), ["from"] = User(userId), ["query"] = query, ["offset"] = string.Empty },
    };

    public static JsonObject Message(string text, long messageId, long userId, long chatId, string chatType)
    {
        var message = new JsonObject
        {
            ["message_id"] = messageId,
            ["date"] = 1_700_000_000,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatType },
            ["from"] = User(userId),
            ["text"] = text,
        };
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        while (at >= 0)
        {
            var end = at + 1;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            var insideCommand = text.StartsWith('/') && at < (text.IndexOf(' ', StringComparison.Ordinal) is var s and >= 0 ? s : text.Length);
            if (!insideCommand)
            {
                entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = at, ["length"] = end - at });
            }

            at = text.IndexOf('@', end);
        }

        if (entities.Count > 0)
        {
            message["entities"] = entities;
        }

        return message;
    }

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = "Pembaca" + id, ["language_code"] = "id" };
}
