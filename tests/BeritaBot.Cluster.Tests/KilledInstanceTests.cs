using System.Text.Json.Nodes;
using BeritaBot.Cluster.Tests.Fixtures;
using BeritaBot.Cluster.Tests.Harness;
using BeritaBot.Insights.Tests;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Cluster.Tests;

/// <summary>A stream of updates through the load balancer while one of two instances crashes.</summary>
[Collection(ClusterTests.Name)]
public sealed class KilledInstanceTests(ClusterFixture fixture)
{
    private const int StreamLength = 200;

    private static readonly string[] Questions =
    [
        "siapa penengah gencatan senjata 2020?",
        "kapan gencatan senjata ditandatangani?",
        "Siapa Dmitry Peskov?",
        "who brokered the ceasefire?",
        "siapa juara liga inggris?",
    ];

    [PostgresFact]
    public async Task Stream_OneInstanceKilledMidway_EveryUpdateIsAnsweredExactlyOnce()
    {
        // A short lease, so the updates the dead instance had claimed are taken over within the test.
        await using var bed = await ClusterBed.StartAsync(
            fixture.Server, BotBinary.BundledKnowledge(), instances: 2, new Dictionary<string, string> { ["Storage__ClaimLeaseSeconds"] = "2" });
        var updates = Enumerable.Range(1, StreamLength).Select(Update).ToList();
        // Every 10th update is delivered twice, the second time after it was answered: the balancer sends it on to
        // the other instance, which must find it answered.
        var delivery = new WebhookDelivery(bed.Webhook, concurrency: 8, TimeSpan.FromMilliseconds(100), repeatEvery: 10);

        var run = delivery.DeliverAsync(updates, TimeSpan.FromSeconds(60), CancellationToken.None);
        await Eventually.True(() => delivery.Acknowledged >= StreamLength / 2, "half the stream answered");
        var held = await CrashWithAnswersInFlightAsync(bed);
        var report = await run;

        var answers = bed.Sent.GroupBy(r => r.ReplyToMessageId).ToDictionary(g => g.Key!.Value, g => g.Count());
        Assert.True(held > 0, "the instance died while sending answers");
        Assert.True(report.Failures.Count > 0, "the crash made deliveries fail, and Telegram deliver them again");
        Assert.All(Enumerable.Range(1, StreamLength), i => Assert.Equal(1, answers.GetValueOrDefault(MessageId(i))));
        Assert.Equal(StreamLength, answers.Count);
    }

    /// <summary>
    /// Holds every answer bot-a sends from now on at its Bot API, so it dies with answers in flight that it never saw
    /// succeed, then kills it. Before the kill, each answer it did see succeed is marked answered in the store: the
    /// one window no claim can close (sent, the crash before the mark is written) is left to the load run to count.
    /// </summary>
    /// <returns>How many of bot-a's answers were in flight when it died.</returns>
    private static async Task<int> CrashWithAnswersInFlightAsync(ClusterBed bed)
    {
        var api = bed.Apis[0];
        for (var i = 0; i < StreamLength; i++)
        {
            api.StallNext("sendMessage");
        }

        await Eventually.True(() => api.Calls("sendMessage", includeScripted: true).Any(r => r.Scripted), "bot-a sending an answer that is held");
        var sent = api.Calls("sendMessage").Select(r => r.ReplyToMessageId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Eventually.True(
            () => bed.QueryAsync<long>($"SELECT count(*) FROM handled_ids WHERE scope = 'telegram' AND state = 1 AND id IN ({string.Join(',', sent.Select(s => $"'{s}'"))})").Result == sent.Count,
            "bot-a's sent answers marked answered");
        bed.Bots[0].Kill();
        return api.Calls("sendMessage", includeScripted: true).Count(r => r.Scripted);
    }

    /// <summary>Update i: its own private chat and reader, update id and message id both <see cref="MessageId"/>.</summary>
    private static JsonObject Update(int i)
    {
        var update = Updates.Private(Questions[i % Questions.Length], MessageId(i), 30_000 + i);
        update["update_id"] = MessageId(i);
        return update;
    }

    private static long MessageId(int i) => 70_000 + i;
}
