namespace BeritaBot.Core.Answering;

/// <summary>
/// Told about every answer the answer service gives, whatever the front end. Observers must not throw into
/// answering: the answer service isolates their failures, but they should also fail quietly themselves.
/// </summary>
public interface IAnswerObserver
{
    void OnAnswered(Answer answer, AskContext context);
}
