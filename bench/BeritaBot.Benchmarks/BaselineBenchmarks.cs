using BenchmarkDotNet.Attributes;
using BeritaBot.Core.Answering;

namespace BeritaBot.Benchmarks;

/// <summary>
/// Our matcher against the naive FuzzySharp baseline on the same in-scope questions; the Ratio column is ours over
/// the baseline's time. Not at 100,000 cards, where one baseline question takes seconds: <c>--scale</c> measures
/// it there on a small sample.
/// </summary>
[MemoryDiagnoser]
public class BaselineBenchmarks
{
    private const int Sample = 4;

    private IAnswerService _answers = null!;
    private NaiveBaseline _baseline = null!;
    private string[] _questions = [];

    [Params(60, 1_000, 10_000)]
    public int Cards { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var (folder, queries) = BenchData.Get(Cards);
        var (store, answers) = BenchService.Open(folder);
        _answers = answers;
        _baseline = new NaiveBaseline(store.Current.Cards);
        var inScope = queries.Where(q => !q.IsOutOfScope).ToArray();
        var step = Math.Max(1, inScope.Length / Sample);
        _questions = Enumerable.Range(0, Sample).Select(i => inScope[(i * step) % inScope.Length].Question).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Sample, Description = "Naive ExtractOne WeightedRatio")]
    public int Naive()
    {
        var score = 0;
        foreach (var q in _questions)
        {
            score += _baseline.Best(q).Score;
        }

        return score;
    }

    [Benchmark(OperationsPerInvoke = Sample, Description = "BeritaBot Ask")]
    public int Ours()
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
}
