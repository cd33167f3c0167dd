using System.ComponentModel.DataAnnotations;

namespace BeritaBot.Core.Conversations;

/// <summary>How long and how far the bot remembers what a conversation is about. Section "Conversation".</summary>
public sealed class ConversationOptions
{
    public const string SectionName = "Conversation";

    /// <summary>Off: every question stands alone, as in <c>ask</c> without chat ids.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A conversation quiet for this long is forgotten.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Follow-ups read with one topic before the bot reads questions alone again.</summary>
    [Range(1, 100)]
    public int MaxTurns { get; set; } = 8;

    /// <summary>
    /// How far under the answer threshold a follow-up read with its topic may land and still be answered, when it lands
    /// on the topic's own card or one that card names as related.
    /// </summary>
    [Range(0.0, 0.5)]
    public double TopicLeaning { get; set; } = 0.15;

    /// <summary>Conversations kept in memory at most; the least recently used are forgotten first.</summary>
    [Range(1, 10_000_000)]
    public int MaxConversations { get; set; } = 50_000;
}
