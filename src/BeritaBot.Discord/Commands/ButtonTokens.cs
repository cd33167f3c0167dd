using System.Security.Cryptography;

namespace BeritaBot.Discord.Commands;

/// <summary>
/// Maps short button tokens to (card, question) pairs for feedback and report buttons, whose question would not fit
/// (or should not sit) in a custom_id. Bounded: the oldest tokens are forgotten first, so a very old button answers
/// "expired" instead of the process growing without end.
/// </summary>
public sealed class ButtonTokens
{
    private readonly int capacity;
    private readonly Dictionary<string, CardQuestion> entries = new(StringComparer.Ordinal);
    private readonly Queue<string> order = new();
    private readonly Lock gate = new();

    public ButtonTokens(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        this.capacity = capacity;
    }

    public int Count
    {
        get
        {
            lock (gate)
            {
                return entries.Count;
            }
        }
    }

    public string Add(string cardId, string question)
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(6));
        lock (gate)
        {
            entries[token] = new CardQuestion(cardId, question);
            order.Enqueue(token);
            while (order.Count > capacity)
            {
                entries.Remove(order.Dequeue());
            }
        }

        return token;
    }

    public CardQuestion? Find(string token)
    {
        lock (gate)
        {
            return entries.GetValueOrDefault(token);
        }
    }
}
