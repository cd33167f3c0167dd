using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using BeritaBot.Core.Generation;

namespace BeritaBot.Host.Cli;

/// <summary>
/// <c>generate-knowledge --cards N --out DIR [--seed S] [--queries FILE]</c>: a synthetic knowledge folder of any
/// size in the real format, the same for the same seed, so anyone can reproduce a measured size.
/// </summary>
internal static class GenerateKnowledgeCommand
{
    public const int MaxCards = 1_000_000;

    public static Command Create(ConsoleStreams io)
    {
        var cards = new Option<int>("--cards") { Description = "How many cards to generate", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write (must be new or empty)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed of the generator: the same seed gives the same folder", DefaultValueFactory = _ => 1 };
        var queries = new Option<string?>("--queries") { Description = "Also write questions with their expected cards (TSV for 'eval') to FILE" };
        var queryCards = new Option<int>("--query-cards")
        {
            Description = "Cards the questions are drawn from (three questions each, plus out-of-scope ones)",
            DefaultValueFactory = _ => SyntheticKnowledgeGenerator.DefaultQueryCards,
        };
        var command = new Command("generate-knowledge", "Write a synthetic knowledge folder (and optionally questions) for benchmarks");
        command.Options.Add(cards);
        command.Options.Add(output);
        command.Options.Add(seed);
        command.Options.Add(queries);
        command.Options.Add(queryCards);
        command.SetAction(parse =>
        {
            var count = parse.GetValue(cards);
            var folder = parse.GetValue(output)!;
            if (count is <= 0 or > MaxCards)
            {
                io.Error.WriteLine($"--cards must be between 1 and {MaxCards.ToString(CultureInfo.InvariantCulture)}.");
                return BeritaBotCli.ValidationFailed;
            }

            if (parse.GetValue(queryCards) < 0)
            {
                io.Error.WriteLine("--query-cards must not be negative.");
                return BeritaBotCli.ValidationFailed;
            }

            var started = Stopwatch.GetTimestamp();
            var knowledge = SyntheticKnowledgeGenerator.Generate(count, parse.GetValue(seed), parse.GetValue(queryCards));
            try
            {
                SyntheticKnowledgeGenerator.WriteFolder(knowledge, folder);
            }
            catch (IOException ex)
            {
                io.Error.WriteLine(ex.Message);
                return BeritaBotCli.ValidationFailed;
            }

            var queriesFile = parse.GetValue(queries);
            if (queriesFile is not null)
            {
                SyntheticKnowledgeGenerator.WriteQueries(knowledge, queriesFile);
            }

            var elapsed = Stopwatch.GetElapsedTime(started);
            var seconds = elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            io.Out.WriteLine(queriesFile is null
                ? $"Wrote {knowledge.Cards.Count} cards and {knowledge.Sources.Count} sources to {folder} in {seconds} s."
                : $"Wrote {knowledge.Cards.Count} cards and {knowledge.Sources.Count} sources to {folder} in {seconds} s; {knowledge.Queries.Count} questions to {queriesFile}.");
            return BeritaBotCli.Success;
        });
        return command;
    }
}
