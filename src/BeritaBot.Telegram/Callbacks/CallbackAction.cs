using BeritaBot.Core.Answering;

namespace BeritaBot.Telegram.Callbacks;

/// <summary>What a pressed button asks for, decoded from its callback_data.</summary>
public abstract record CallbackAction;

/// <summary>Answer with this card (a suggestion, a topic or source entry, a timeline line).</summary>
public sealed record OpenCardAction(string CardId, AnswerLanguage Language) : CallbackAction;

/// <summary>A feedback vote. <see cref="CardId"/> or <see cref="Question"/> are null when no longer recoverable.</summary>
public sealed record VoteAction(bool Helpful, string? CardId, string? Question) : CallbackAction;

public sealed record ShowTopicAction(string Topic) : CallbackAction;

public sealed record ShowSourceAction(string SourceId) : CallbackAction;

/// <summary>Admin: add an unanswered question as a phrasing of a card.</summary>
public sealed record AddPhrasingAction(string? CardId, string? Question) : CallbackAction;

/// <summary>A button from before a restart or from a token that has been evicted.</summary>
public sealed record ExpiredAction : CallbackAction;
