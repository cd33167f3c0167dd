namespace BeritaBot.Core.Conversations;

/// <summary>What one conversation is about: its last few answered cards, newest last. Immutable; replaced on each turn.</summary>
/// <param name="FollowUps">Follow-ups read with this topic since a question last set it.</param>
internal sealed record Conversation(IReadOnlyList<ConversationTurn> Turns, int FollowUps, DateTimeOffset LastActive)
{
    /// <summary>Cards remembered per conversation: enough to offer the recent topics when a follow-up is unclear.</summary>
    public const int RecentTurns = 3;

    public ConversationTurn? Latest => Turns.Count > 0 ? Turns[^1] : null;

    /// <summary>A conversation whose topic a standalone question has just set.</summary>
    public static Conversation StartedWith(ConversationTurn turn, DateTimeOffset now) => new([turn], 0, now);

    /// <summary>This conversation after an answer that leaned on it (or, with <paramref name="followUp"/> false, set a new topic).</summary>
    public Conversation With(ConversationTurn turn, bool followUp, DateTimeOffset now)
    {
        var turns = Turns.Where(t => t.CardId != turn.CardId).Append(turn).TakeLast(RecentTurns).ToArray();
        return new Conversation(turns, followUp ? FollowUps + 1 : 0, now);
    }
}
