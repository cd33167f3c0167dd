using BeritaBot.Core.Conversations;

namespace BeritaBot.Core.Answering;

/// <summary>Where a question came from. Deliberately carries nothing that identifies a person.</summary>
/// <param name="Platform">The front end: "console", "telegram", "discord", "cli".</param>
public sealed record AskContext(string Platform)
{
    /// <summary>The interactive console chat: a reader asking, so its declines reach the editors' report.</summary>
    public static AskContext Console { get; } = new("console");

    /// <summary>
    /// The conversation the question belongs to, so a follow-up ("terus kapan?") is read with what it is about. Null:
    /// the question stands alone.
    /// </summary>
    public ConversationKey? Conversation { get; init; }

    /// <summary>
    /// One-shot <c>ask</c>, <c>ask --batch</c> and <c>ask --explain</c>: a developer or a script trying questions, not a
    /// reader; nothing is recorded (a 1,000-question batch would otherwise fill the report with its own declines).
    /// </summary>
    public static AskContext CommandLine { get; } = new("cli") { IsRecorded = false };

    /// <summary>False when observers must not keep this question (editors' log, statistics).</summary>
    public bool IsRecorded { get; init; } = true;
}
