using System.CommandLine;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace BeritaBot.Host.Cli;

/// <summary><c>eval FILE</c>: accuracy per category on a question set with expected cards, and the confusions.</summary>
internal static class EvalCommand
{
    public static Command Create(Option<string?> knowledge, ConsoleStreams io, IReadOnlyDictionary<string, string?>? overrides)
    {
        var file = new Argument<string>("file") { Description = "TSV with a header line: category<TAB>expected card id(s, separated by |) or 'none'<TAB>question; or a follow-up set (chat<TAB>turn<TAB>register<TAB>kind<TAB>expected<TAB>question)" };
        var sweep = new Option<bool>("--sweep") { Description = "Also show accuracy at thresholds 0.30–0.70, for calibration" };
        var command = new Command("eval", "Run an evaluation set and report accuracy per category");
        command.Arguments.Add(file);
        command.Options.Add(sweep);
        command.SetAction(parse =>
        {
            IReadOnlyList<EvalCase> cases = [];
            IReadOnlyList<FollowUpCase>? conversations = null;
            try
            {
                var lines = File.ReadAllLines(parse.GetValue(file)!);
                if (FollowUpSet.IsFollowUpSet(lines))
                {
                    conversations = FollowUpSet.Parse(lines);
                }
                else
                {
                    cases = EvalSet.Parse(lines);
                }
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                io.Error.WriteLine(ex.Message);
                return BeritaBotCli.ValidationFailed;
            }

            // An evaluation run is not readers' questions: keep it out of the editors' report.
            var settings = new Dictionary<string, string?>(overrides ?? new Dictionary<string, string?>()) { ["Insights:Enabled"] = "false" };
            using var host = BeritaBotCli.StartHost(parse.GetValue(knowledge), quiet: true, io, settings);
            if (host is null)
            {
                return BeritaBotCli.StartupFailed;
            }

            var answers = host.Services.GetRequiredService<IAnswerService>();
            io.Out.Write(conversations is null
                ? EvalRunner.Run(answers, cases).ToText(parse.GetValue(sweep))
                : FollowUpRunner.Run(answers, conversations).ToText());
            return BeritaBotCli.Success;
        });
        return command;
    }
}
