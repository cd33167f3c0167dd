using System.Text.Json;
using System.Text.Json.Serialization;
using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Conversations;

/// <summary>
/// A conversation as the small JSON a shared <see cref="Coordination.IConversationContextStore"/> keeps, so a follow-up
/// that reaches another instance continues what this one answered. Versioned: a context this build cannot read
/// (written by another version) is no context, and the question stands alone.
/// </summary>
internal static class ConversationJson
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(Conversation conversation)
    {
        var turns = conversation.Turns.Select(t => new TurnDocument(t.CardId, t.Text, t.Language)).ToArray();
        return JsonSerializer.Serialize(new Document(Version, turns, conversation.FollowUps, conversation.LastActive), Json);
    }

    public static Conversation? Read(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize<Document>(text, Json);
            if (document is not { V: Version, Turns.Length: > 0 } || document.Turns.Any(t => t.Card is null || t.Text is null))
            {
                return null;
            }

            var turns = document.Turns.Select(t => new ConversationTurn(t.Card, t.Text, t.Language)).ToArray();
            return new Conversation(turns, document.FollowUps, document.LastActive);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Document(int V, TurnDocument[] Turns, int FollowUps, DateTimeOffset LastActive);

    private sealed record TurnDocument(string Card, string Text, AnswerLanguage Language);
}
