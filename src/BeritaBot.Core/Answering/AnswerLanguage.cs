namespace BeritaBot.Core.Answering;

public enum AnswerLanguage
{
    Indonesian,
    English,
}
