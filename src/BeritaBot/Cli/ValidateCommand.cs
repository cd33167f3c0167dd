using System.CommandLine;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Host.Cli;

/// <summary><c>validate</c>: every problem in the knowledge folder with file:line; exit code 1 on any error.</summary>
internal static class ValidateCommand
{
    public static Command Create(Option<string?> knowledge, ConsoleStreams io)
    {
        var command = new Command("validate", "Check the knowledge folder and list every problem with file:line");
        command.SetAction(parse =>
        {
            var folder = KnowledgeFolderLocator.Resolve(parse.GetValue(knowledge));
            var result = KnowledgeLoader.Load(folder);
            foreach (var problem in InReadingOrder(result.Problems))
            {
                var path = Path.IsPathRooted(problem.File) ? problem.File : Path.Combine(folder, problem.File);
                io.Out.WriteLine($"{Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}:{problem.Line}: {(problem.IsError ? "error" : "warning")}: {problem.Message}");
            }

            var errors = result.Errors.Count();
            var warnings = result.Warnings.Count();
            io.Out.WriteLine(result.Snapshot is { } snapshot
                ? $"OK: {snapshot.Cards.Count} cards, {snapshot.Sources.Count} sources, {snapshot.Aliases.Groups.Count} alias groups; {warnings} warning(s)."
                : $"FAILED: {errors} error(s), {warnings} warning(s) in {folder}.");
            return errors > 0 ? BeritaBotCli.ValidationFailed : BeritaBotCli.Success;
        });
        return command;
    }

    /// <summary>
    /// The folder's own files first (sources.yaml, aliases.yaml, entities.yaml) in the order they were found, since a
    /// problem there explains problems in cards; then the cards by file and line.
    /// </summary>
    private static IEnumerable<KnowledgeProblem> InReadingOrder(IEnumerable<KnowledgeProblem> problems) => problems
        .OrderBy(p => IsCard(p) ? 1 : 0)
        .ThenBy(p => IsCard(p) ? p.File : string.Empty, StringComparer.Ordinal)
        .ThenBy(p => IsCard(p) ? p.Line : 0);

    private static bool IsCard(KnowledgeProblem problem) =>
        problem.File.StartsWith(KnowledgeLoader.CardsFolder + "/", StringComparison.Ordinal);
}
