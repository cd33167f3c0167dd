using System.Text;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.EndToEnd;

/// <summary>
/// Telegram end to end: updates through the fake Bot API's getUpdates, the real core answering from the real
/// knowledge, and the replies asserted as the fake server received them.
/// </summary>
public sealed class RealCoreTelegramTests
{
    private const string CeasefireId = "gencatan-senjata-10-november-2020";
    private const string CeasefireQuestion = "kapan gencatan senjata ditandatangani?";
    private const string Decline = "Maaf, saya belum punya jawaban untuk itu";

    [Fact]
    public async Task Question_Ceasefire_RepliesWithBoldTitleKompasSourceReplyAndShortButtons()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var card = bot.Store.Current.CardsById[CeasefireId];

        var messageId = Updates.NextMessageId();
        bot.Api.Enqueue(Updates.Private(CeasefireQuestion, messageId));
        var reply = await bot.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == messageId);

        Assert.Equal(Updates.UserId, reply.ChatId);
        Assert.Equal(messageId, reply.Body["reply_parameters"]!["message_id"]!.GetValue<long>());
        Assert.Equal("HTML", reply.ParseMode, ignoreCase: true);
        Assert.StartsWith($"<b>{Escape(card.Title)}</b>\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Contains(Escape(card.Answer.Trim()), reply.Text, StringComparison.Ordinal);

        var sourceLines = reply.Text!.Split('\n').Where(l => l.StartsWith("Sumber: ", StringComparison.Ordinal)).ToList();
        var cited = card.SourceIds.Select(id => bot.Store.Current.Sources.Single(s => s.Id == id)).ToList();
        Assert.Equal(cited.Count, sourceLines.Count);
        foreach (var source in cited)
        {
            Assert.Contains(sourceLines, l => l.StartsWith($"Sumber: {Escape(source.Outlet)}, “{Escape(source.Title)}”", StringComparison.Ordinal));
        }

        Assert.Contains(sourceLines, l => l.StartsWith("Sumber: Kompas.com, “", StringComparison.Ordinal));

        var buttons = reply.Buttons.ToList();
        Assert.Contains(buttons, b => b.Data.StartsWith("c:", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.Data.StartsWith("v:1:", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.Data.StartsWith("v:0:", StringComparison.Ordinal));
        Assert.All(buttons, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.Data), 1, 64));
    }

    [Fact]
    public async Task RelatedButton_Pressed_AnswersWithThatCardAndAnswersTheCallback()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var ceasefire = bot.Store.Current.CardsById[CeasefireId];
        var answer = await bot.AskPrivatelyAsync(CeasefireQuestion);
        var button = answer.Buttons.First(b => b.Data.StartsWith("c:", StringComparison.Ordinal));
        var relatedId = button.Data["c:".Length..];
        Assert.Contains(relatedId, ceasefire.Related);
        var related = bot.Store.Current.CardsById[relatedId];

        var reply = await bot.PressAsync(button.Data);

        Assert.StartsWith($"<b>{Escape(related.Title)}</b>\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Contains(Escape(related.Answer.Trim()), reply.Text, StringComparison.Ordinal);
        var callback = await bot.Api.WaitForAsync("answerCallbackQuery");
        Assert.Null(callback.Body["text"]);
    }

    [Fact]
    public async Task Timeline_MonthOnlyEvent_ShowsTheMonthWithoutInventingADay()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var monthOnly = bot.Store.Current.Cards.First(c => c.Date is not null && c.DatePrecision == BeritaBot.Core.Knowledge.DatePrecision.Month);
        var label = BeritaBot.Core.Knowledge.DateLabels.Format(monthOnly.Date!.Value, monthOnly.DatePrecision);

        var reply = await bot.AskPrivatelyAsync("/timeline");

        Assert.Contains(label + "</b>", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">" + monthOnly.Date.Value.Day + " " + label, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_OutOfScope_DeclinesWithoutVoteButtons()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);

        var reply = await bot.AskPrivatelyAsync("resep rendang padang");

        Assert.StartsWith(Decline, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sumber:", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Buttons, b => b.Data.StartsWith("v:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Question_InEnglish_RepliesWithTheEnglishAnswerAndEnglishFollowUps()
    {
        await using var bot = await RealCoreTelegramHost.StartAsync(KnowledgeCopy.Real);
        var card = bot.Store.Current.CardsById[CeasefireId];
        Assert.False(string.IsNullOrWhiteSpace(card.AnswerEn));

        var reply = await bot.AskPrivatelyAsync("who brokered the ceasefire?");

        Assert.StartsWith($"<b>{Escape(card.Title)}</b>\n\n", reply.Text, StringComparison.Ordinal);
        Assert.Contains(Escape(card.AnswerEn!.Trim()), reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Escape(card.Answer.Trim()), reply.Text, StringComparison.Ordinal);
        var followUps = reply.Buttons.Where(b => !b.Data.StartsWith("v:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(followUps);
        Assert.All(followUps, b => Assert.StartsWith("e:", b.Data, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_ByAdminAfterAddingACardFile_ReportsOneAddedAndAnswersFromIt()
    {
        using var knowledge = KnowledgeCopy.OfReal();
        await using var bot = await RealCoreTelegramHost.StartAsync(knowledge.Path);
        Assert.StartsWith(Decline, (await bot.AskPrivatelyAsync("kapan festival layang-layang Zebulon diadakan?")).Text, StringComparison.Ordinal);
        var sourceId = bot.Store.Current.Sources[0].Id;
        knowledge.Write("cards/uji-festival-zebulon.md", NewCard(sourceId));

        var reload = await bot.AskPrivatelyAsync("/reload", userId: Updates.AdminId);

        Assert.Contains("Pengetahuan dimuat ulang", reload.Text, StringComparison.Ordinal);
        Assert.Contains("Ditambah (1): uji-festival-zebulon", reload.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Diubah", reload.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Dihapus", reload.Text, StringComparison.Ordinal);
        var answer = await bot.AskPrivatelyAsync("kapan festival layang-layang Zebulon diadakan?");
        Assert.StartsWith("<b>Festival layang-layang Zebulon</b>", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reload_ByAdminAfterBrokenEdit_ReportsFileAndLineAndOldAnswerKeepsComing()
    {
        using var knowledge = KnowledgeCopy.OfReal();
        await using var bot = await RealCoreTelegramHost.StartAsync(knowledge.Path);
        var card = bot.Store.Current.CardsById[CeasefireId];
        var file = $"cards/{CeasefireId}.md";
        var lines = knowledge.Read(file).Split('\n');
        var dateLine = Array.FindIndex(lines, l => l.StartsWith("date:", StringComparison.Ordinal));
        Assert.True(dateLine >= 0, "the ceasefire card has a date line to break");
        lines[dateLine] = "date: 2020-13-45";
        var bodyLine = Array.FindIndex(lines, l => l.Trim() == card.Answer.Trim().Split('\n')[0].Trim());
        Assert.True(bodyLine > dateLine, "the ceasefire card's answer is in its body");
        lines[bodyLine] = "JAWABAN BARU YANG BELUM SAH.";
        knowledge.Write(file, string.Join('\n', lines));

        var reload = await bot.AskPrivatelyAsync("/reload", userId: Updates.AdminId);

        Assert.StartsWith("❌ <b>Muat ulang gagal; pengetahuan lama tetap dipakai.", reload.Text, StringComparison.Ordinal);
        Assert.Contains($"<code>{file}:{dateLine + 1}</code>", reload.Text, StringComparison.Ordinal);
        Assert.Contains("2020-13-45", reload.Text, StringComparison.Ordinal);
        var answer = await bot.AskPrivatelyAsync(CeasefireQuestion);
        Assert.StartsWith($"<b>{Escape(card.Title)}</b>", answer.Text, StringComparison.Ordinal);
        Assert.Contains(Escape(card.Answer.Trim()), answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("JAWABAN BARU", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddPhrasingButton_FromReport_RealEditorWritesTheCardFileAndTheBotAnswersIt()
    {
        const string phrasing = "siapa juara lomba kelereng Quaxo?";
        using var knowledge = KnowledgeCopy.OfReal();
        var reports = new OneGroupReport(new UnansweredGroup(phrasing, "siapa juara lomba kelereng quaxo", 2, [phrasing], CeasefireId, 0.3, DateTimeOffset.UnixEpoch));
        await using var bot = await RealCoreTelegramHost.StartAsync(knowledge.Path, reports);
        Assert.StartsWith(Decline, (await bot.AskPrivatelyAsync(phrasing)).Text, StringComparison.Ordinal);
        var report = await bot.AskPrivatelyAsync("/laporan", userId: Updates.AdminId);
        var button = Assert.Single(report.Buttons);

        var result = await bot.PressAsync(button.Data, userId: Updates.AdminId);

        Assert.StartsWith("✅ ", result.Text, StringComparison.Ordinal);
        Assert.Contains($"Diubah (1): {CeasefireId}", result.Text, StringComparison.Ordinal);
        Assert.Contains(phrasing, knowledge.Read($"cards/{CeasefireId}.md"), StringComparison.Ordinal);
        Assert.True(KnowledgeLoader.Load(knowledge.Path).Succeeded, "the edited folder still loads");
        var answer = await bot.AskPrivatelyAsync(phrasing);
        Assert.StartsWith($"<b>{Escape(bot.Store.Current.CardsById[CeasefireId].Title)}</b>", answer.Text, StringComparison.Ordinal);
    }

    private static string NewCard(string sourceId) =>
        $"""
        ---
        title: Festival layang-layang Zebulon
        questions:
          - Kapan festival layang-layang Zebulon diadakan?
          - kpn festival layang2 zebulon?
          - Bulan apa festival layang-layang Zebulon?
          - When is the Zebulon kite festival?
        sources: [{sourceId}]
        ---
        Festival layang-layang Zebulon diadakan setiap Agustus.

        """;

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>An editor report with one unanswered question whose closest card is given.</summary>
    private sealed class OneGroupReport(UnansweredGroup group) : IEditorReportService
    {
        public EditorReport Build(ReportQuery query) => new(DateTimeOffset.UnixEpoch, null, [group], []);
    }
}
