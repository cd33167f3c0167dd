using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Presentation;

/// <summary>
/// What a front end shows for an answer, whatever the platform: one subtype per kind of reply, every text already
/// in the reader's language. Adapters only translate this into their own markup and buttons.
/// </summary>
public abstract record AnswerView
{
    public required AnswerLanguage Language { get; init; }

    /// <summary>The question as asked (votes are keyed by it).</summary>
    public required string Question { get; init; }

    /// <summary>Questions offered next, each opening its card in <see cref="FollowUp.Language"/>.</summary>
    public IReadOnlyList<FollowUp> FollowUps { get; init; } = [];

    /// <summary>The heading over <see cref="FollowUps"/> ("Lihat juga", "Mungkin maksud Anda").</summary>
    public string FollowUpHeading { get; init; } = string.Empty;

    /// <summary>
    /// For a follow-up read with the conversation's topic: "(tentang …)" / "(about: …)", shown above the answer so that
    /// a wrong guess is visible. Null for a question that stood alone.
    /// </summary>
    public string? TopicNote { get; init; }

    /// <summary>"Sumber" or "Sources".</summary>
    public string SourcesHeading => PresentationTexts.Sources(Language);
}
