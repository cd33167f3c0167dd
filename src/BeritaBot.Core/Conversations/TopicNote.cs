using BeritaBot.Core.Answering;

namespace BeritaBot.Core.Conversations;

/// <summary>The line every front end shows above an answer that was read with the conversation's topic.</summary>
public static class TopicNote
{
    /// <returns>"(tentang …)" / "(about: …)", or null when the question stood alone.</returns>
    public static string? Of(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Topic is not { } topic ? null
            : answer.Language == AnswerLanguage.English ? $"(about: {topic.Title})"
            : $"(tentang {topic.Title})";
    }
}
