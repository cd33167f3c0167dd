using System.Security.Cryptography;
using BeritaBot.Core.Caching;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Maps short button tokens to (card, question) pairs for feedback and report buttons, whose question would not fit
/// (or should not sit) in a custom_id. Bounded: the oldest tokens are forgotten first, so a very old button answers
/// "expired" instead of the process growing without end.
/// </summary>
public sealed class ButtonTokens(int capacity)
{
    private readonly BoundedCache<string, CardQuestion> _entries = new(capacity, StringComparer.Ordinal);

    public int Count => _entries.Count;

    public string Add(string cardId, string question)
    {
        string token;
        do
        {
            token = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        }
        while (!_entries.TryAdd(token, new CardQuestion(cardId, question)));

        return token;
    }

    public CardQuestion? Find(string token) => _entries.TryGet(token, out var target) ? target : null;
}
