using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace BeritaBot.Benchmarks;

/// <summary>
/// <c>--batch N</c>: the <c>ask --json --batch</c> path against the answer service (<see cref="BatchPath"/>).
/// <c>--lucene</c>: Lucene.Net against our index as the candidate gatherer (docs/lucene-comparison.md).
/// <c>--fast-start</c>: process start to first answer, with and without the knowledge cache (<see cref="FastStartRunner"/>).
/// <c>--scale</c>: percentiles, throughput, memory, load and reload at every size (plain Stopwatch, one child process
/// per size so memory is measured clean). <c>--cluster</c>: N bot processes behind a load balancer, steady and with
/// one killed (<see cref="Cluster.ClusterLoad"/>). Anything else goes to BenchmarkDotNet (micro measurements).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Contains("--fast-start"))
        {
            return FastStartRunner.Run(args);
        }

        if (args.Contains("--scale-one"))
        {
            return ScaleRunner.RunOne(args);
        }

        if (args.Contains("--slowest"))
        {
            return SlowestQuestions.Run(args);
        }

        if (args.Contains("--batch"))
        {
            return BatchPath.Run(args);
        }

        if (args.Contains("--lucene"))
        {
            return Lucene.LuceneComparison.Run(args);
        }

        if (args.Contains("--cluster"))
        {
            return Cluster.ClusterLoad.Run(args);
        }

        if (args.Contains("--scale"))
        {
            return ScaleRunner.RunAll(args);
        }

        // In-process: no second build of a generated project (the machine is offline), and one process per size's setup.
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(3)
            .WithIterationCount(10);
        var config = DefaultConfig.Instance.AddJob(job.AsDefault()).WithOptions(ConfigOptions.JoinSummary);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
