using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Evaluation;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Presentation;
using BeritaBot.Host.Chat;
using BeritaBot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace BeritaBot.Host.Cli;

/// <summary>The command line: chat (default), ask, validate, eval, report, add-phrasing. Every command takes --knowledge DIR.</summary>
public static class BeritaBotCli
{
    public const int Success = 0;
    public const int ValidationFailed = 1;
    public const int StartupFailed = 2;

    internal static readonly JsonSerializerOptions Json = new()
    {
        // Indonesian text stays readable in the output; the consumer is a JSON parser, not an HTML page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task<int> RunAsync(string[] args, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides = null, CancellationToken cancellationToken = default)
    {
        var knowledge = new Option<string?>("--knowledge", "-k")
        {
            Description = "The knowledge folder (default: the bundled knowledge/ found relative to the app)",
            Recursive = true,
        };
        var root = new RootCommand("BeritaBot: answers questions about news coverage, citing its articles. Without a command: console chat, or the Discord/Telegram bots when tokens are configured.");
        root.Options.Add(knowledge);
        root.SetAction((parse, ct) => RunDefaultAsync(parse.GetValue(knowledge), io, overrides, ct));

        root.Subcommands.Add(AskCommand.Create(knowledge, io, overrides));
        root.Subcommands.Add(ValidateCommand.Create(knowledge, io));
        root.Subcommands.Add(EvalCommand.Create(knowledge, io, overrides));
        root.Subcommands.Add(ReportCommand.Create(io, overrides));
        root.Subcommands.Add(AddPhrasingCommand.Create(knowledge, io, overrides));
        root.Subcommands.Add(GenerateKnowledgeCommand.Create(io));
        root.Subcommands.Add(CalibrateCommand.Create(io, TimeProvider.System));

        // Response files off: a question may start with "@" ("@everyone kapan gencatan senjata?"), and reading it as
        // the name of a file of arguments would print the help instead of answering.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        return parsed.InvokeAsync(new InvocationConfiguration { Output = io.Out, Error = io.Error }, cancellationToken);
    }

    /// <summary>Builds the host and resolves the knowledge, reporting a folder that does not load instead of throwing.</summary>
    internal static IHost? StartHost(string? knowledgePath, bool quiet, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides, bool chat = false)
    {
        IHost? host = null;
        try
        {
            host = BotHostFactory.Build(knowledgePath, quiet, overrides, chat);
            // ValidateOnStart only runs inside StartAsync, which one-shot commands (ask, eval) never call: validate
            // here so bad configuration fails every command the same clear way, not as an unhandled exception.
            host.Services.GetService<IStartupValidator>()?.Validate();
            _ = host.Services.GetRequiredService<IKnowledgeStore>();
            return host;
        }
        catch (KnowledgeLoadException ex)
        {
            host?.Dispose();
            io.Error.WriteLine(ex.Message);
            io.Error.WriteLine("Run 'validate' for the full list, fix the files, and start again.");
            return null;
        }
        catch (OptionsValidationException ex)
        {
            host?.Dispose();
            io.Error.WriteLine("Invalid configuration: " + string.Join("; ", ex.Failures));
            return null;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Several options classes failed at once.
            host?.Dispose();
            io.Error.WriteLine("Invalid configuration: " + string.Join("; ", ex.InnerExceptions.SelectMany(e => ((OptionsValidationException)e).Failures)));
            return null;
        }
    }

    private static async Task<int> RunDefaultAsync(string? knowledgePath, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides, CancellationToken cancellationToken)
    {
        var probe = new ConfigurationBuilder();
        BotHostFactory.Configure(probe, Environments.Production, knowledgePath, overrides);
        var tokens = AdapterTokens.Read(probe.Build());
        if (tokens.Where(t => t.Problem is not null).ToList() is { Count: > 0 } wrong)
        {
            // Someone meant to run a bot: starting the console chat (or only the other bot) would hide the mistake.
            foreach (var reading in wrong)
            {
                await io.Error.WriteLineAsync(reading.Problem);
            }

            return StartupFailed;
        }

        var serve = AdapterTokens.AnyConfigured(tokens);

        using var host = StartHost(knowledgePath, quiet: !serve, io, overrides, chat: !serve);
        if (host is null)
        {
            return StartupFailed;
        }

        if (serve)
        {
            await host.RunAsync(cancellationToken);
            return Success;
        }

        await host.StartAsync(cancellationToken);
        var chat = new ConsoleChat(
            host.Services.GetRequiredService<IAnswerService>(),
            host.Services.GetRequiredService<AnswerPresenter>(),
            host.Services.GetRequiredService<IKnowledgeStore>(),
            io,
            host.Services.GetRequiredService<IConversationMemory>());
        await chat.RunAsync(cancellationToken);
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await host.StopAsync(stopping.Token);
        return Success;
    }
}
