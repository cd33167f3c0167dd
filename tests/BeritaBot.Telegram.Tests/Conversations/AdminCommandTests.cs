using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Conversations;

public sealed class AdminCommandTests
{
    [Fact]
    public async Task Reload_ByAdmin_ReportsTheDiff()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/reload", userId: Updates.AdminId);

        Assert.Equal(["telegram admin #1"], test.Bot.Store.Triggers);
        Assert.Contains("Pengetahuan dimuat ulang", reply.Text);
        Assert.Contains("Ditambah (1): kartu-baru\nDiubah (1): gencatan-senjata\nDihapus (1): kartu-lama", reply.Text);
    }

    [Fact]
    public async Task Reload_ByNonAdminInPrivate_IsRefusedWithTheirIdAndLoggedWithout()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/reload");

        Assert.Equal("Maaf, perintah ini hanya untuk admin. ID Telegram Anda: 777 (berikan kepada pengelola bot bila Anda perlu akses).", reply.Text);
        Assert.Empty(test.Bot.Store.Triggers);
        var refusal = Assert.Single(test.Bot.Logs.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains("Refused admin command reload", StringComparison.Ordinal));
        Assert.DoesNotContain("777", refusal.FullText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_ByNonAdminInAGroup_IsRefusedWithoutNamingTheirId()
    {
        await using var test = await TestServer.StartAsync();
        var messageId = Updates.NextMessageId();

        test.Api.Enqueue(Updates.Group("/reload@berita_bot", messageId));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal("Maaf, perintah ini hanya untuk admin.", reply.Text);
    }

    [Fact]
    public async Task Reload_WithValidationErrors_ListsThemWithFileAndLine()
    {
        await using var test = await TestServer.StartAsync();
        test.Bot.Store.NextResult = new ReloadResult(
            false,
            KnowledgeDiff.None,
            [
                new KnowledgeProblem(ProblemSeverity.Error, "cards/rusak.md", 3, "missing 'title' <required>"),
                new KnowledgeProblem(ProblemSeverity.Warning, "cards/lain.md", 1, "no date"),
            ],
            TimeSpan.Zero,
            string.Empty);

        var reply = await test.Bot.AskPrivatelyAsync("/reload", userId: Updates.AdminId);

        Assert.Equal(
            "❌ <b>Muat ulang gagal; pengetahuan lama tetap dipakai. Perbaiki kesalahan ini:</b>\n\n<b>Kesalahan:</b>\n• <code>cards/rusak.md:3</code> missing 'title' &lt;required&gt;",
            reply.Text);
    }

    [Fact]
    public async Task Laporan_ByAdmin_RendersReportAndAddPhrasingButtonWorks()
    {
        await using var test = await TestServer.StartAsync();

        var report = await test.Bot.AskPrivatelyAsync("/laporan", userId: Updates.AdminId);

        Assert.Contains("1. “Berapa korban &lt;perang&gt;?” ×4 — terdekat: gencatan-senjata (0.41)", report.Text);
        Assert.Contains("2. “Apa itu koridor Lachin?” ×2", report.Text);
        Assert.Contains("• pasukan-perdamaian (pasukan-perdamaian): 👎 3 / 👍 1", report.Text);
        var button = Assert.Single(report.Buttons);
        Assert.Equal("1. Tambahkan ke gencatan-senjata", button.Text);

        test.Api.Enqueue(Updates.Callback(button.Data, chatId: Updates.AdminId, userId: Updates.AdminId, messageId: 970));
        var result = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 970);

        Assert.Equal((FakeAnswerService.CeasefireId, "Berapa korban <perang>?", "telegram admin #1"), Assert.Single(test.Bot.Editor.Calls));
        Assert.Equal("✅ Added &quot;Berapa korban &lt;perang&gt;?&quot; to gencatan-senjata.", result.Text);
        Assert.Equal("Frasa ditambahkan.", (await test.Api.WaitForAsync("answerCallbackQuery")).Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Laporan_ByNonAdmin_IsRefused()
    {
        await using var test = await TestServer.StartAsync();

        var reply = await test.Bot.AskPrivatelyAsync("/laporan");

        Assert.StartsWith("Maaf, perintah ini hanya untuk admin.", reply.Text);
        Assert.Equal(0, test.Bot.Reports.Builds);
    }

    [Fact]
    public async Task AddPhrasingButton_PressedByNonAdmin_IsRefused()
    {
        await using var test = await TestServer.StartAsync();
        var report = await test.Bot.AskPrivatelyAsync("/laporan", userId: Updates.AdminId);

        test.Api.Enqueue(Updates.Callback(report.Buttons.Single().Data));
        var answered = await test.Api.WaitForAsync("answerCallbackQuery");

        Assert.Equal("Maaf, perintah ini hanya untuk admin.", answered.Body["text"]!.GetValue<string>());
        Assert.Empty(test.Bot.Editor.Calls);
    }
}
