using BeritaBot.Telegram.Tests.Fakes;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Telegram.Tests.Conversations;

public sealed class CallbackTests
{
    [Fact]
    public async Task SuggestionButton_Pressed_AnswersTheCardAndTheCallback()
    {
        await using var test = await TestServer.StartAsync();

        test.Api.Enqueue(Updates.Callback("c:" + FakeAnswerService.PeacekeepersId, messageId: 901));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 901);
        var answered = await test.Api.WaitForAsync("answerCallbackQuery");

        Assert.StartsWith("<b>Pasukan penjaga perdamaian</b>", reply.Text);
        Assert.Equal(Updates.UserId, reply.ChatId);
        Assert.Null(answered.Body["text"]);
    }

    [Fact]
    public async Task SuggestionButton_AnswerCallbackQueryTooOld_LogsAndStillSendsTheCard()
    {
        await using var test = await TestServer.StartAsync();
        test.Api.FailNext("answerCallbackQuery", 400, "Bad Request: query is too old and response timeout expired or query ID is invalid");

        test.Api.Enqueue(Updates.Callback("c:" + FakeAnswerService.PeacekeepersId, messageId: 903));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 903);

        Assert.StartsWith("<b>Pasukan penjaga perdamaian</b>", reply.Text);
        Assert.Single(test.Api.Calls("answerCallbackQuery", includeScripted: true));
        var warning = Assert.Single(test.Bot.Logs.GetSnapshot(), e => e.Message.Contains("Could not acknowledge a button press", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("query is too old", warning.Exception?.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(test.Bot.Logs.GetSnapshot(), e => e.Message.StartsWith("Failed to handle update", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestionButton_AnswerCallbackQueryWithNullResult_SendsTheCardOnce()
    {
        await using var test = await TestServer.StartAsync();
        test.Api.SucceedNextWithNullResult("answerCallbackQuery");

        test.Api.Enqueue(Updates.Callback("c:" + FakeAnswerService.PeacekeepersId, messageId: 904));
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 904);

        Assert.StartsWith("<b>Pasukan penjaga perdamaian</b>", reply.Text);
        Assert.Single(test.Api.Calls("answerCallbackQuery", includeScripted: true));
    }

    [Fact]
    public async Task SuggestionButton_ForCardRemovedByReload_SaysSoAndOffersOthers()
    {
        await using var test = await TestServer.StartAsync();
        test.Bot.Answers.Remove(FakeAnswerService.PeacekeepersId);

        test.Api.Enqueue(Updates.Callback("c:" + FakeAnswerService.PeacekeepersId, messageId: 902));
        var answered = await test.Api.WaitForAsync("answerCallbackQuery");
        var reply = await test.Api.WaitForAsync("sendMessage", r => r.ReplyToMessageId == 902);

        Assert.Equal("Kartu itu sudah tidak tersedia.", answered.Body["text"]!.GetValue<string>());
        Assert.Equal("Maaf, saya belum punya jawaban untuk itu.", reply.Text);
        Assert.Equal(["c:" + FakeAnswerService.CeasefireId], reply.Buttons.Select(b => b.Data));
    }

    [Fact]
    public async Task FeedbackButtons_VoteTwice_RecordsOnceAndSaysAlreadyVoted()
    {
        await using var test = await TestServer.StartAsync();
        var answer = await test.Bot.AskPrivatelyAsync("kapan gencatan senjata?");
        var helpful = answer.Buttons.Single(b => b.Text == "👍 Membantu").Data;
        var notHelpful = answer.Buttons.Single(b => b.Text == "👎 Tidak membantu").Data;

        test.Api.Enqueue(Updates.Callback(notHelpful));
        await test.Api.WaitForAsync("answerCallbackQuery");
        test.Api.Enqueue(Updates.Callback(helpful));
        await test.Api.WaitForAsync("answerCallbackQuery", r => r.Body["text"]!.GetValue<string>() != "Terima kasih atas penilaian Anda!");

        var texts = test.Api.Calls("answerCallbackQuery").Select(r => r.Body["text"]!.GetValue<string>()).ToList();
        Assert.Equal(["Terima kasih atas penilaian Anda!", "Anda sudah memberi penilaian untuk jawaban ini."], texts);
        var vote = Assert.Single(test.Bot.Feedback.Votes);
        Assert.Equal(FakeAnswerService.CeasefireId, vote.CardId);
        Assert.Equal("kapan gencatan senjata?", vote.Question);
        Assert.Equal("telegram:777", vote.VoterKey);
        Assert.False(vote.Helpful);
        Assert.Equal("telegram", vote.Platform);
    }

    [Fact]
    public async Task FeedbackButton_AfterRestart_TakesTheQuestionFromTheQuotedMessage()
    {
        await using var test = await TestServer.StartAsync();
        var question = Updates.Message("/tanya kapan gencatan?", 33, Updates.UserId, Updates.UserId, "private");

        // A token this process never issued, as after a restart; the card id rides in the data.
        test.Api.Enqueue(Updates.Callback("v:1:zz9:" + FakeAnswerService.CeasefireId, questionMessage: question));
        var answered = await test.Api.WaitForAsync("answerCallbackQuery");

        Assert.Equal("Terima kasih atas penilaian Anda!", answered.Body["text"]!.GetValue<string>());
        var vote = Assert.Single(test.Bot.Feedback.Votes);
        Assert.Equal("kapan gencatan?", vote.Question);
        Assert.True(vote.Helpful);
    }

    [Fact]
    public async Task UnknownButton_Pressed_AnswersTheCallbackAsExpired()
    {
        await using var test = await TestServer.StartAsync();

        test.Api.Enqueue(Updates.Callback("ct:unknown"));
        var answered = await test.Api.WaitForAsync("answerCallbackQuery");

        Assert.Equal("Tombol ini sudah kedaluwarsa. Silakan bertanya lagi.", answered.Body["text"]!.GetValue<string>());
        Assert.Empty(test.Api.Calls("sendMessage"));
    }

    [Fact]
    public async Task InlineQuery_Typed_OffersMatchingCardsAsHtmlArticles()
    {
        await using var test = await TestServer.StartAsync();

        test.Api.Enqueue(Updates.Inline("gencatan"));
        var call = await test.Api.WaitForAsync("answerInlineQuery");

        var result = Assert.Single(call.Body["results"]!.AsArray())!;
        Assert.Equal("article", result["type"]!.GetValue<string>());
        Assert.Equal(FakeAnswerService.CeasefireId, result["id"]!.GetValue<string>());
        Assert.Equal("Gencatan senjata <2020>", result["title"]!.GetValue<string>());
        var content = result["input_message_content"]!;
        Assert.Equal("HTML", content["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        Assert.StartsWith("<b>Gencatan senjata &lt;2020&gt;</b>", content["message_text"]!.GetValue<string>());
        Assert.True(content["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
    }
}
