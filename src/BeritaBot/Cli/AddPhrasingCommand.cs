using System.CommandLine;
using BeritaBot.Core.Knowledge;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Host.Cli;

/// <summary><c>add-phrasing CARD "question"</c>: adds a phrasing to a card's file, validated before it is written.</summary>
internal static class AddPhrasingCommand
{
    public static Command Create(Option<string?> knowledge, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides)
    {
        var card = new Argument<string>("card") { Description = "The card id (its file name without .md)" };
        var question = new Argument<string>("question") { Description = "The new phrasing, quoted" };
        var command = new Command("add-phrasing", "Add a question phrasing to a card, keeping the rest of its file as it is");
        command.Arguments.Add(card);
        command.Arguments.Add(question);
        command.SetAction(parse =>
        {
            using var host = BeritaBotCli.StartHost(parse.GetValue(knowledge), quiet: true, io, overrides);
            if (host is null)
            {
                return BeritaBotCli.StartupFailed;
            }

            var editor = host.Services.GetService<IKnowledgeEditor>()
                ?? ActivatorUtilities.CreateInstance<KnowledgeEditor>(host.Services);
            var result = editor.AddPhrasing(parse.GetValue(card)!, parse.GetValue(question)!, "cli");
            (result.Succeeded ? io.Out : io.Error).WriteLine(result.Message);
            return result.Succeeded ? BeritaBotCli.Success : BeritaBotCli.ValidationFailed;
        });
        return command;
    }
}
