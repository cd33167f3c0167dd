using BenchmarkDotNet.Attributes;
using BeritaBot.Core.Answering;

namespace BeritaBot.Benchmarks;

/// <summary>One question and one autocomplete keystroke through <see cref="IAnswerService"/>, at each size.</summary>
[MemoryDiagnoser]
public class MatcherBenchmarks
{
    private const int Batch = 64;

    private IAnswerService _answers = null!;
    private string[] _questions = [];
    private string[] _prefixes = [];

    [Params(60, 1_000, 10_000, 100_000)]
    public int Cards { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (folder, queries) = BenchData.Get(Cards);
        (_, _answers) = BenchService.Open(folder);
        // Every category (paraphrase, chat, typo, out of scope), spread over the whole set.
        var step = Math.Max(1, queries.Count / Batch);
        _questions = Enumerable.Range(0, Batch).Select(i => queries[(i * step) % queries.Count].Question).ToArray();
        _prefixes = _questions.SelectMany(q => Enumerable.Range(1, q.Length).Select(n => q[..n])).Take(Batch).ToArray();
        foreach (var q in _questions)
        {
            _answers.Ask(q);
        }
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Ask (per question)")]
    public int Ask()
    {
        var answered = 0;
        foreach (var q in _questions)
        {
            if (_answers.Ask(q).Status == AnswerStatus.Answered)
            {
                answered++;
            }
        }

        return answered;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Autocomplete (per keystroke, 25 choices)")]
    public int Autocomplete()
    {
        var total = 0;
        foreach (var prefix in _prefixes)
        {
            total += _answers.Autocomplete(prefix, 25).Count;
        }

        return total;
    }
}
