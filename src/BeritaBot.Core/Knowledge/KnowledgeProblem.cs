namespace BeritaBot.Core.Knowledge;

/// <summary>One thing wrong with the knowledge folder, located so an editor can fix it.</summary>
public sealed record KnowledgeProblem(ProblemSeverity Severity, string File, int Line, string Message)
{
    public bool IsError => Severity == ProblemSeverity.Error;

    public override string ToString() =>
        $"{File}:{Line}: {(IsError ? "error" : "warning")}: {Message}";
}
