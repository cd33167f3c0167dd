namespace BeritaBot.Core.Knowledge;

public enum ProblemSeverity
{
    Warning,
    Error,
}
