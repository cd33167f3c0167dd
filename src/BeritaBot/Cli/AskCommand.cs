using System.CommandLine;
using System.Text.Json;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Matching;
using BeritaBot.Core.Presentation;
using BeritaBot.Host.Chat;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Host.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json "question"</c>, <c>ask --json --batch FILE|-</c>.</summary>
internal static class AskCommand
{
    public static Command Create(Option<string?> knowledge, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides)
    {
        var question = new Argument<string?>("question") { Description = "The question", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per answer" };
        var batch = new Option<string?>("--batch") { Description = "Answer every line of FILE ('-' for standard input), in order" };
        var explain = new Option<bool>("--explain") { Description = "Show the analysed question and the candidate cards with their scores" };
        var command = new Command("ask", "Answer one question (or a batch) and exit");
        command.Arguments.Add(question);
        command.Options.Add(json);
        command.Options.Add(batch);
        command.Options.Add(explain);
        command.SetAction(async (parse, ct) =>
        {
            var text = parse.GetValue(question);
            var file = parse.GetValue(batch);
            if (text is null && file is null)
            {
                await io.Error.WriteLineAsync("Give a question, or --batch FILE.");
                return BeritaBotCli.ValidationFailed;
            }

            using var host = BeritaBotCli.StartHost(parse.GetValue(knowledge), quiet: true, io, overrides);
            if (host is null)
            {
                return BeritaBotCli.StartupFailed;
            }

            var answers = host.Services.GetRequiredService<IAnswerService>();
            var presenter = host.Services.GetRequiredService<AnswerPresenter>();
            var context = AskContext.CommandLine;
            var asJson = parse.GetValue(json);
            var store = parse.GetValue(explain) ? host.Services.GetRequiredService<IKnowledgeStore>() : null;
            if (file is null)
            {
                await ExplainAsync(io, store, text!);
                await WriteAsync(io, answers, presenter, text!, asJson, context);
                return BeritaBotCli.Success;
            }

            using var reader = file == "-" ? null : new StreamReader(file);
            var input = reader ?? io.In;
            var run = Guid.NewGuid();
            while (await input.ReadLineAsync(ct) is { } line)
            {
                var read = BatchLine.Read(line);
                await ExplainAsync(io, store, read.Question);
                await WriteAsync(io, answers, presenter, read.Question, asJson, context with { Conversation = read.ConversationIn(run) });
            }

            return BeritaBotCli.Success;
        });
        return command;
    }

    /// <summary>How the matcher read the question alone, before the answer (which may also use the conversation).</summary>
    private static async Task ExplainAsync(ConsoleStreams io, IKnowledgeStore? store, string question)
    {
        if (store is not null)
        {
            await io.Out.WriteLineAsync(MatchExplainer.Explain(store.Current, question));
        }
    }

    private static async Task WriteAsync(ConsoleStreams io, IAnswerService answers, AnswerPresenter presenter, string question, bool asJson, AskContext context)
    {
        var answer = answers.Ask(question, context);
        if (asJson)
        {
            await io.Out.WriteLineAsync(JsonSerializer.Serialize(JsonAnswer.From(question, answer), BeritaBotCli.Json));
        }
        else
        {
            await io.Out.WriteLineAsync(AnswerTextRenderer.Render(presenter.Present(answer), interactive: false));
            await io.Out.WriteLineAsync();
        }
    }
}
