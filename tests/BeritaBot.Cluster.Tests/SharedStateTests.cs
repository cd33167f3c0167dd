using BeritaBot.Cluster.Tests.Fixtures;
using BeritaBot.Cluster.Tests.Harness;
using BeritaBot.Storage.Postgres.Tests.Fixtures;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Cluster.Tests;

/// <summary>
/// Two real bot processes on one PostgreSQL: what one instance sent or learnt works on the other. Updates are posted
/// to a chosen instance's webhook, as the load balancer may route any update to any instance.
/// </summary>
[Collection(ClusterTests.Name)]
public sealed class SharedStateTests(ClusterFixture fixture)
{
    private const string VoteThanks = "Terima kasih atas penilaian Anda!";
    private const string AlreadyVoted = "Anda sudah memberi penilaian untuk jawaban ini.";

    private static long _nextId = 10_000;

    private BotProcess A => fixture.Shared.Bots[0];

    private BotProcess B => fixture.Shared.Bots[1];

    [PostgresFact]
    public async Task VoteButton_SentByAPressedOnB_CountsWithTheQuestionOnlyItsTokenHeld()
    {
        const long reader = 501;
        const string question = "siapa penengah gencatan senjata 2020?";
        var answer = await AskAsync(A, reader, question);
        var vote = answer.Buttons.Single(b => b.Data.StartsWith("v:1:", StringComparison.Ordinal)).Data;

        // The pressed message quotes no question: only the token, kept by A in the shared store, knows it.
        var notice = await PressAsync(B, reader, vote, answer.SentMessageId!.Value);

        Assert.Equal(VoteThanks, notice);
        Assert.Equal(question, await fixture.Shared.QueryAsync<string>($"SELECT question FROM feedback_votes WHERE question = '{question}'"));
    }

    [PostgresFact]
    public async Task VoteButton_PressedOnBothInstancesAtOnce_IsCountedOnce()
    {
        const long reader = 502;
        const string question = "kapan gencatan senjata ditandatangani?";
        var answer = await AskAsync(A, reader, question);
        var vote = answer.Buttons.Single(b => b.Data.StartsWith("v:0:", StringComparison.Ordinal)).Data;

        var notices = await Task.WhenAll(PressAsync(A, reader, vote, answer.SentMessageId!.Value), PressAsync(B, reader, vote, answer.SentMessageId!.Value));

        Assert.Equal([AlreadyVoted, VoteThanks], notices.Order(StringComparer.Ordinal));
        Assert.Equal(1L, await fixture.Shared.QueryAsync<long>($"SELECT count(*) FROM feedback_votes WHERE question = '{question}'"));
    }

    [PostgresFact]
    public async Task FollowUp_AskedOnBAfterAAnswered_ContinuesTheConversation()
    {
        const long reader = 503;
        await AskAsync(A, reader, "apa itu kelompok kerja trilateral?");

        var followUp = await AskAsync(B, reader, "siapa yang memimpinnya?");

        Assert.Contains("(tentang Kelompok kerja trilateral", followUp.Text, StringComparison.Ordinal);
    }

    /// <remarks>
    /// The brief's "within 2 s" is a speed, measured by the load run in Release (docs/performance.md); a Debug test
    /// process on two busy cores is no place to time it. What is asserted is why it holds: A's reply, which lists every
    /// instance's outcome, comes only once B serves the new version, and B's very next answer is from it.
    /// </remarks>
    [PostgresFact]
    public async Task Reload_OnA_IsServedByBBeforeTheAdminIsTold()
    {
        const string marker = "versi uji muat ulang";
        var before = await AskAsync(B, 504, ClusterReload.Question);
        ClusterReload.Edit(fixture.KnowledgePath, marker);

        var reload = await AskAsync(A, Updates.AdminId, "/reload");
        var after = await AskAsync(B, 505, ClusterReload.Question);

        Assert.DoesNotContain(marker, before.Text, StringComparison.Ordinal);
        Assert.Contains($"{ClusterBed.Name(0)}: reloaded", reload.Text, StringComparison.Ordinal);
        Assert.Contains($"{ClusterBed.Name(1)}: reloaded", reload.Text, StringComparison.Ordinal);
        Assert.Contains(marker, after.Text, StringComparison.Ordinal);
    }

    private Task<RecordedRequest> AskAsync(BotProcess bot, long reader, string text) =>
        fixture.Shared.AskAsync(Index(bot), reader, text, Interlocked.Increment(ref _nextId));

    /// <summary>A press of a button on the bot's message <paramref name="messageId"/>; the notice it answered with.</summary>
    private async Task<string?> PressAsync(BotProcess bot, long reader, string data, long messageId)
    {
        var update = Updates.Callback(data, reader, reader, messageId);
        update["update_id"] = Interlocked.Increment(ref _nextId);
        var callbackId = update["callback_query"]!["id"]!.GetValue<string>();
        await fixture.Shared.PostAsync(Index(bot), update);
        var answered = await fixture.Shared.Apis[Index(bot)].WaitForAsync("answerCallbackQuery", r => r.Body["callback_query_id"]?.GetValue<string>() == callbackId);
        return answered.Body["text"]?.GetValue<string>();
    }

    private int Index(BotProcess bot) => fixture.Shared.Bots.ToList().IndexOf(bot);
}
