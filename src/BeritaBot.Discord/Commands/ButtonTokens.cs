using System.Text.Json;
using BeritaBot.Core.Coordination;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Maps short button tokens to (card, question) pairs for feedback and report buttons, whose question would not fit
/// (or should not sit) in a custom_id. The pairs live in the <see cref="IButtonTokenStore"/>: bounded in memory by
/// default, shared by every instance when a store is configured.
/// </summary>
public sealed class ButtonTokens
{
    private readonly IButtonTokenStore _store;

    public ButtonTokens(IButtonTokenStore store)
    {
        _store = store;
    }

    public string Add(string cardId, string question) => _store.Add(JsonSerializer.Serialize(new CardQuestion(cardId, question)));

    public CardQuestion? Find(string token)
    {
        if (_store.Find(token) is not { } payload)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CardQuestion>(payload);
        }
        catch (JsonException)
        {
            // Written by another version of the bot: the button answers "expired", as a forgotten token does.
            return null;
        }
    }
}
