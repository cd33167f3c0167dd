using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using BeritaBot.Core.Knowledge;
using BeritaBot.Core.Knowledge.Caching;

namespace BeritaBot.Benchmarks;

/// <summary>
/// <c>--fast-start [--cards N] [--runs R]</c>: how long a new process takes from its start to its first answer
/// (<c>ask --json</c>, the line on stdout), without the knowledge cache and from it, with the files in the page cache
/// (warm) and evicted from it (cold), at one size (100,000 cards unless told). Then, in this process, what the start
/// from the cache is made of. Figures go to stdout as Markdown; docs/performance.md keeps them.
/// </summary>
internal static class FastStartRunner
{
    public static int Run(string[] args)
    {
        var cards = int.Parse(ScaleRunner.Value(args, "--cards") ?? "100000", CultureInfo.InvariantCulture);
        var runs = int.Parse(ScaleRunner.Value(args, "--runs") ?? "5", CultureInfo.InvariantCulture);
        var dll = Path.Combine(BenchData.RepositoryRoot, "src", "BeritaBot", "bin", "Release", "net10.0", "BeritaBot.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"build first (dotnet build -c Release src/BeritaBot): {dll} is missing");
            return 1;
        }

        var (folder, queries) = BenchData.Get(cards);
        var question = queries.First(q => q.Expected != "none").Question;
        var cachePath = Path.Combine(BenchData.CacheFolder, $"fast-start-{cards}.cache");
        File.Delete(cachePath);
        var appFiles = Directory.GetFiles(Path.GetDirectoryName(dll)!);
        var knowledgeFiles = Directory.GetFiles(folder, "*", SearchOption.AllDirectories);

        Console.WriteLine($"## Fast start, {cards:N0} cards (`--fast-start`, load average {ScaleRunner.LoadAverage()} at start)");
        Console.WriteLine();
        Console.WriteLine($"Question: `{question}`. Time from `Process.Start` of `dotnet BeritaBot.dll ask --json` to its answer line on stdout.");
        Console.WriteLine();
        Console.WriteLine("| start | runs | median | min | max | load average after |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");

        // Warm-up: the page cache holds the folder and the app, as on a machine that just ran the bot.
        Row("no cache, warm files", 2, () => FirstAnswer(dll, folder, question, cachePath: null));
        Row("no cache: first start writes the cache", 1, () => FirstAnswer(dll, folder, question, cachePath));
        Row("from the cache, warm files", runs, () => FirstAnswer(dll, folder, question, cachePath));
        Row("from the cache, cold files (folder, cache and app evicted)", runs, () =>
        {
            Evict(knowledgeFiles.Append(cachePath).Concat(appFiles));
            return FirstAnswer(dll, folder, question, cachePath);
        });
        Row("no cache, cold files (folder and app evicted)", 1, () =>
        {
            Evict(knowledgeFiles.Concat(appFiles));
            return FirstAnswer(dll, folder, question, cachePath: null);
        });

        Console.WriteLine();
        Parts(folder, cachePath);
        return 0;
    }

    private static void Row(string name, int runs, Func<double> measure)
    {
        var times = Enumerable.Range(0, runs).Select(_ => measure()).Order().ToArray();
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {runs} | {times[times.Length / 2]:N0} ms | {times[0]:N0} ms | {times[^1]:N0} ms | {ScaleRunner.LoadAverage()} |"));
    }

    /// <summary>Milliseconds from starting the process to the first line it prints.</summary>
    private static double FirstAnswer(string dll, string folder, string question, string? cachePath)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = BenchData.RepositoryRoot };
        foreach (var a in new[] { dll, "ask", "--json", "--knowledge", folder, question })
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["Knowledge__CachePath"] = cachePath ?? string.Empty;
        var t = Stopwatch.GetTimestamp();
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var line = process.StandardOutput.ReadLine();
        var elapsed = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0 || line is null || !line.Contains("\"answered\":true", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"ask exited {process.ExitCode} with '{line}': {stderr.Result}");
        }

        return elapsed;
    }

    /// <summary>In this process: the hash alone, and a load from the cache (the hash overlapping the read), with CPU time.</summary>
    private static void Parts(string folder, string cachePath)
    {
        Console.WriteLine("| in this process, warm files | wall | CPU (both cores) |");
        Console.WriteLine("|---|---:|---:|");
        for (var round = 0; round < 3; round++)
        {
            Timed("folder hash (every file's path and bytes, SHA-256)", () => KnowledgeVersion.Compute(folder));
            Timed("`KnowledgeCache.Load` from the cache (hash, read, index restored)", () =>
            {
                if (!new KnowledgeCache(cachePath).Load(folder).FromCache)
                {
                    throw new InvalidOperationException("the cache was not used");
                }
            });
            GC.Collect();
        }
    }

    private static void Timed(string name, Action action)
    {
        using var self = Process.GetCurrentProcess();
        var cpu = self.TotalProcessorTime;
        var t = Stopwatch.GetTimestamp();
        action();
        var wall = Stopwatch.GetElapsedTime(t).TotalMilliseconds;
        self.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {wall:N0} ms | {(self.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms |"));
    }

    /// <summary>Drops the files' pages from the page cache (POSIX_FADV_DONTNEED), so the next read goes to the disk.</summary>
    private static void Evict(IEnumerable<string> files)
    {
        foreach (var file in files.Where(File.Exists))
        {
            using var handle = File.OpenHandle(file);
            _ = PosixFadvise((int)handle.DangerousGetHandle(), 0, 0, DontNeed);
        }
    }

    private const int DontNeed = 4;

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int PosixFadvise(int fd, long offset, long length, int advice);
}
