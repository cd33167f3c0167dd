using System.CommandLine;
using BeritaBot.Core.Evaluation.Calibration;

namespace BeritaBot.Host.Cli;

/// <summary>
/// <c>calibrate --manifest FILE --out FILE</c>: fits the scoring model's weights on the labelled sets the manifest
/// lists, with cross-validation, and writes the model (weights, threshold, what it was fitted on).
/// </summary>
internal static class CalibrateCommand
{
    public static Command Create(ConsoleStreams io, TimeProvider time)
    {
        var manifest = new Option<string>("--manifest") { Description = "The sets to fit on (TSV: knowledge<TAB>set<TAB>options)", Required = true };
        var output = new Option<string?>("--out") { Description = "Where to write the model (default: only report)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds", DefaultValueFactory = _ => 5 };
        var lambda = new Option<double>("--lambda") { Description = "L2 regularisation of the weights", DefaultValueFactory = _ => 1.0 };
        var declineWeight = new Option<double>("--decline-weight")
        {
            Description = "How much a declined out-of-scope question counts against an in-scope one answered right when the threshold is chosen",

            // A decline offers the nearest cards; a wrong answer presents another fact as the coverage's.
            DefaultValueFactory = _ => 1.5,
        };
        var trees = new Option<int>("--trees")
        {
            Description = "How many boosted trees correct the weights' score (0: the weights alone)",
            DefaultValueFactory = _ => new BoostedTrees.Options().Rounds,
        };
        var byCoverage = new Option<bool>("--by-coverage") { Description = "Cross-validate by leaving out one coverage at a time, as on a newsroom's own coverage" };
        var show = new Option<string?>("--show") { Description = "Also list every decision on the sets whose name contains this text (reading them makes those sets dev sets)" };
        var command = new Command("calibrate", "Fit the scoring model on labelled question sets, with cross-validation");
        command.Options.Add(manifest);
        command.Options.Add(output);
        command.Options.Add(folds);
        command.Options.Add(lambda);
        command.Options.Add(declineWeight);
        command.Options.Add(trees);
        command.Options.Add(byCoverage);
        command.Options.Add(show);
        command.SetAction(parse =>
        {
            if (parse.GetValue(folds) < 2 || parse.GetValue(lambda) < 0 || parse.GetValue(declineWeight) <= 0 || parse.GetValue(trees) < 0)
            {
                io.Error.WriteLine("--folds must be at least 2, --lambda and --trees not negative and --decline-weight above 0.");
                return BeritaBotCli.ValidationFailed;
            }

            IReadOnlyList<CalibrationSet> sets;
            try
            {
                sets = CalibrationManifest.Load(parse.GetValue(manifest)!);
            }
            catch (Exception ex) when (ex is FormatException or IOException)
            {
                io.Error.WriteLine(ex.Message);
                return BeritaBotCli.ValidationFailed;
            }

            if (parse.GetValue(byCoverage) && sets.Select(s => s.Coverage).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                io.Error.WriteLine("--by-coverage needs at least two coverages: every generated folder counts as one.");
                return BeritaBotCli.ValidationFailed;
            }

            var (model, report) = CalibrationRun.Run(sets, parse.GetValue(lambda), parse.GetValue(folds), time.GetUtcNow(), parse.GetValue(show), parse.GetValue(declineWeight),
                parse.GetValue(trees) == 0 ? null : new BoostedTrees.Options { Rounds = parse.GetValue(trees) }, parse.GetValue(byCoverage));
            io.Out.Write(report);
            if (parse.GetValue(output) is { } path)
            {
                File.WriteAllText(path, model.ToJson() + Environment.NewLine);
                io.Out.WriteLine($"Wrote {path}.");
            }

            return BeritaBotCli.Success;
        });
        return command;
    }
}
