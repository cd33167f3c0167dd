using System.Diagnostics;
using System.Globalization;
using BeritaBot.Host.Cli;

namespace BeritaBot.Benchmarks;

/// <summary>
/// <c>--batch N</c>: the <c>ask --json --batch</c> path against the answer service's own time per question, at one
/// size, in one process. The batch loop is timed from its first line read to its last, so start-up (loading and
/// indexing the knowledge) is not counted; the service is timed on the same questions, warmed the same way.
/// </summary>
internal static class BatchPath
{
    public static int Run(string[] args)
    {
        var size = int.Parse(args[Array.IndexOf(args, "--batch") + 1], CultureInfo.InvariantCulture);
        var rounds = args.Contains("--rounds") ? int.Parse(args[Array.IndexOf(args, "--rounds") + 1], CultureInfo.InvariantCulture) : 5;
        var (folder, queries) = BenchData.Get(size);
        var questions = queries.Select(q => q.Question).ToArray();
        var knowledge = folder;
        var database = Path.Combine(Path.GetTempPath(), "beritabot-bench-batch-" + Environment.ProcessId, "insights.db");
        var overrides = new Dictionary<string, string?> { ["Insights:DatabasePath"] = database };

        var (_, answers) = BenchService.Open(knowledge);
        foreach (var question in questions)
        {
            answers.Ask(question);
        }

        var service = new Latencies();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                answers.Ask(question);
                service.Add(Stopwatch.GetTimestamp() - start);
            }
        }

        var batch = new Latencies();
        for (var round = 0; round <= rounds; round++)
        {
            var input = new TimedLines(questions);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var exit = BeritaBotCli.RunAsync(["ask", "--json", "--batch", "-", "--knowledge", knowledge], new ConsoleStreams(input, output, error), overrides)
                .GetAwaiter().GetResult();
            if (exit != BeritaBotCli.Success)
            {
                Console.Error.WriteLine(error.ToString());
                return exit;
            }

            // The first round warms the batch path's own code (JSON serialiser, rendering) as the service was warmed.
            if (round > 0)
            {
                batch.Add(input.Elapsed / questions.Length);
            }
        }

        var perQuestion = batch.Median;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{size} cards, {questions.Length} questions x {rounds} rounds: service median {service.Median:0} µs, mean {service.Mean:0} µs; "
            + $"ask --json --batch {perQuestion:0} µs per question (median of rounds) = {perQuestion / service.Median:0.00}x the service's median, {perQuestion / service.Mean:0.00}x its mean"));
        if (args.Contains("--process"))
        {
            // The whole process, as a script runs it: (time for all lines - time for one line) / (lines - 1), best of three.
            var file = Path.Combine(Directory.CreateDirectory(Path.GetDirectoryName(database)!).FullName, "questions.txt");
            var all = Enumerable.Repeat(questions, rounds).SelectMany(q => q).ToArray();
            File.WriteAllLines(file, all);
            File.WriteAllLines(file + ".one", questions.Take(1));
            var one = Enumerable.Range(0, 3).Min(_ => RunProcess(file + ".one", knowledge, database));
            var many = Enumerable.Range(0, 3).Min(_ => RunProcess(file, knowledge, database));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"whole process: one question {one.TotalSeconds:0.00} s, {all.Length} questions {many.TotalSeconds:0.00} s: {(many - one).TotalMicroseconds / (all.Length - 1):0} µs per question"));
        }

        return 0;
    }

    private static TimeSpan RunProcess(string file, string knowledge, string database)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "BeritaBot.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { app, "ask", "--json", "--batch", file, "--knowledge", knowledge })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["Insights__DatabasePath"] = database;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drain = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        process.StandardError.ReadToEnd();
        drain.GetAwaiter().GetResult();
        process.WaitForExit();
        return clock.Elapsed;
    }

    /// <summary>Standard input for the batch: the questions, timing from the first line read to the end of input.</summary>
    private sealed class TimedLines(IReadOnlyList<string> lines) : TextReader
    {
        private int _next;
        private long _first;

        public long Elapsed { get; private set; }

        public override string? ReadLine()
        {
            if (_next == 0)
            {
                _first = Stopwatch.GetTimestamp();
            }

            if (_next < lines.Count)
            {
                return lines[_next++];
            }

            Elapsed = Stopwatch.GetTimestamp() - _first;
            return null;
        }

        public override ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken) => ValueTask.FromResult(ReadLine());

        public override Task<string?> ReadLineAsync() => Task.FromResult(ReadLine());
    }
}
