using System.Globalization;
using System.Text.Json.Nodes;
using BeritaBot.Cluster.Tests.Harness;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Benchmarks.Cluster;

/// <summary>
/// <c>--cluster</c>: a load run, not a test. N real bot processes (Telegram webhook mode, one PostgreSQL) behind the
/// round-robin load balancer, each with a fake Bot API, fed by a Telegram-like deliverer (C updates in flight, any
/// update not acknowledged delivered again after 100 ms). Questions per second and latency from an update's first
/// delivery to its acknowledgement (answered, the reply accepted by the Bot API); then the same run with instance 0
/// killed (SIGKILL) halfway: errors, redeliveries, p99, and updates answered other than once. The harness is the
/// cluster tests' (tests/BeritaBot.Cluster.Tests/Harness). Everything shares this machine's cores.
/// </summary>
internal static class ClusterLoad
{
    private static readonly string[] Questions =
    [
        "siapa penengah gencatan senjata 2020?",
        "kapan gencatan senjata ditandatangani?",
        "Siapa Dmitry Peskov?",
        "who brokered the ceasefire?",
        "apa itu kelompok kerja trilateral?",
        "sp yg jd penengah?",
        "kpn armenia gabung icc?",
        "why did Armenia freeze its CSTO membership?",
        "berapa pasukan penjaga perdamaian rusia?",
        "siapa juara liga inggris?",
        "halo",
        "apa isi perjanjian 10 november?",
    ];

    public static int Run(string[] args)
    {
        var instances = Option(args, "--instances", "1,2,3").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var count = int.Parse(Option(args, "--questions", "3000"), CultureInfo.InvariantCulture);
        var concurrency = int.Parse(Option(args, "--concurrency", "32"), CultureInfo.InvariantCulture);
        var lease = Option(args, "--lease", "5");
        RunAsync(instances, count, concurrency, lease).GetAwaiter().GetResult();
        return 0;
    }

    private static async Task RunAsync(int[] instances, int count, int concurrency, string lease)
    {
        using var server = new PostgresServer();
        if (server.AdminConnectionString.Length == 0)
        {
            throw new InvalidOperationException(PostgresBinaries.MissingMessage);
        }

        Console.WriteLine($"{count} questions per run, {concurrency} in flight, claim lease {lease} s, {Environment.ProcessorCount} cores shared by everything");
        Console.WriteLine("instances | run        | q/s    | p50 ms | p99 ms | max ms | redeliveries | failed attempts          | answered twice | unanswered");
        var next = 100_000L;
        foreach (var n in instances)
        {
            foreach (var kill in n > 1 ? new[] { false, true } : [false])
            {
                await using var bed = await ClusterBed.StartAsync(
                    server, BotBinary.BundledKnowledge(), n, new Dictionary<string, string> { ["Storage__ClaimLeaseSeconds"] = lease });

                // Warm-up: JIT and connection pools on every instance, not measured.
                await new WebhookDelivery(bed.Webhook, concurrency, TimeSpan.FromMilliseconds(100))
                    .DeliverAsync(Batch(ref next, 50 * n), TimeSpan.FromSeconds(120), CancellationToken.None);

                var first = next;
                var updates = Batch(ref next, count);
                var delivery = new WebhookDelivery(bed.Webhook, concurrency, TimeSpan.FromMilliseconds(100));
                var run = delivery.DeliverAsync(updates, TimeSpan.FromSeconds(300), CancellationToken.None);
                if (kill)
                {
                    while (delivery.Acknowledged < count / 2)
                    {
                        await Task.Delay(5);
                    }

                    bed.Bots[0].Kill();
                }

                var report = await run;
                var answers = bed.Sent.Where(r => r.ReplyToMessageId >= first).GroupBy(r => r.ReplyToMessageId!.Value).ToDictionary(g => g.Key, g => g.Count());
                var twice = answers.Values.Count(c => c > 1);
                var missing = count - answers.Count;
                var failures = report.Failures.Count == 0 ? "none" : string.Join(", ", report.Failures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}×{f.Value}"));
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{n,9} | {(kill ? "one killed" : "steady"),-10} | {report.PerSecond,6:F0} | {report.Percentile(0.5),6:F1} | {report.Percentile(0.99),6:F1} | {report.Percentile(1),6:F0} | {report.Redeliveries,12} | {failures,-24} | {twice,14} | {missing,10}"));
            }
        }

        await ReloadAsync(server, reloads: 5);
    }

    /// <summary>
    /// From an admin's /reload posted to bot-a until bot-b first answers from the new version (asked every 20 ms, each
    /// time by a new reader), on a copy of the bundled knowledge whose Peskov card changes each round.
    /// </summary>
    private static async Task ReloadAsync(PostgresServer server, int reloads)
    {
        var knowledge = ClusterReload.CopyOf(BotBinary.BundledKnowledge());
        await using var bed = await ClusterBed.StartAsync(server, knowledge, 2);
        var id = 500_000L;
        var times = new List<double>();
        for (var round = 0; round < reloads; round++)
        {
            var marker = "versi " + round.ToString(CultureInfo.InvariantCulture);
            ClusterReload.Edit(knowledge, marker);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var reload = bed.AskAsync(0, Updates.AdminId, "/reload", ++id);
            while (!(await bed.AskAsync(1, id, ClusterReload.Question, ++id)).Text!.Contains(marker, StringComparison.Ordinal))
            {
                await Task.Delay(20);
            }

            times.Add(clock.Elapsed.TotalMilliseconds);
            await reload;
        }

        Directory.Delete(knowledge, recursive: true);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"reload on bot-a served by bot-b after (ms, {reloads} rounds): {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))}"));
    }

    /// <summary>Updates each in a chat of its own (per-chat pacing and the flood guard are not what is measured).</summary>
    private static List<JsonObject> Batch(ref long next, int count)
    {
        var updates = new List<JsonObject>(count);
        for (var i = 0; i < count; i++)
        {
            var id = next++;
            var update = Updates.Private(Questions[id % Questions.Length], id, id);
            update["update_id"] = id;
            updates.Add(update);
        }

        return updates;
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
    }
}
