using System.Text.Json;
using BeritaBot.Core.Insights;
using BeritaBot.Core.Knowledge;
using BeritaBot.Discord.Tests.Fakes;

namespace BeritaBot.Discord.Tests;

/// <summary>Interactions delivered through the fake gateway; the replies asserted as the fake REST server got them.</summary>
public sealed class InteractionTests
{
    private static long _sequence = 10;

    [Fact]
    public async Task Ask_KnownQuestion_RepliesWithEmbedSourcesFooterAndButtons()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("100", "tanya", Option("pertanyaan", "Apa itu koridor?")));

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        AssertNoPings(data);
        Assert.False(data.TryGetProperty("flags", out _), "a confident answer is public");
        var embed = data.GetProperty("embeds")[0];
        Assert.Equal("Blokade koridor", embed.GetProperty("title").GetString());
        Assert.Contains("Jawaban untuk Blokade koridor", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var field = embed.GetProperty("fields")[0];
        Assert.Equal("Sumber", field.GetProperty("name").GetString());
        Assert.Contains("Kantor Berita", field.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Contains("10 November 2020", field.GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal("Keyakinan: tinggi (91%)", embed.GetProperty("footer").GetProperty("text").GetString());
        var rows = data.GetProperty("components");
        Assert.Equal(2, rows.GetArrayLength());
        var related = rows[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString()).ToList();
        Assert.Equal(["card:card-1", "card:card-2"], related);
        var votes = rows[1].GetProperty("components").EnumerateArray().ToList();
        Assert.Equal(["Membantu", "Tidak membantu"], votes.Select(b => b.GetProperty("label").GetString()));
        Assert.All(votes, b => Assert.StartsWith("fb:", b.GetProperty("custom_id").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ask_UnknownQuestion_RepliesEphemeralDeclineWithSuggestions()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("101", "tanya", Option("pertanyaan", "Siapa juara liga?")));

        var data = body.GetProperty("data");
        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.Equal("Maaf, saya belum punya jawaban untuk itu.", data.GetProperty("content").GetString());
        Assert.False(data.TryGetProperty("embeds", out _), "a decline must not look like an answer");
        var buttons = data.GetProperty("components")[0].GetProperty("components").EnumerateArray().Select(b => b.GetProperty("custom_id").GetString());
        Assert.Equal(["card:card-1", "card:card-2"], buttons);
        AssertNoPings(data);
    }

    [Fact]
    public async Task Ask_InvalidQuestion_RepliesEphemeralText()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("102", "tanya", Option("pertanyaan", "  ")));

        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Pertanyaannya kosong.", body.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task Autocomplete_Typing_RepliesWithChoices()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);
        harness.Answers.Cards[0] = harness.Answers.Cards[0] with { Questions = ["Kapan " + new string('x', 150) + "?"] };

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("103", 4, """{"name":"tanya","type":1,"options":[{"name":"pertanyaan","type":3,"value":"kapan","focused":true}]}"""));

        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        var choice = Assert.Single(choices);
        var name = choice.GetProperty("name").GetString()!;
        Assert.InRange(name.Length, 1, 100);
        Assert.InRange(choice.GetProperty("value").GetString()!.Length, 1, 100);
        Assert.StartsWith("Kapan xxx", name, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardButton_Pressed_AnswersThatCard()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("104", 3, """{"custom_id":"card:card-2","component_type":2}"""));

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal("Pasukan penjaga perdamaian", body.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task CardButton_CardRemovedByReload_RepliesEphemeralNotFound()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("105", 3, """{"custom_id":"card:gone","component_type":2}"""));

        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("Kartu itu sudah tidak ada.", body.GetProperty("data").GetProperty("content").GetString());
    }

    [Fact]
    public async Task FeedbackButton_VotedTwice_ThanksThenSaysAlreadyVoted()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);
        var answer = await DeliverAndGetCallbackAsync(harness, gateway, Command("106", "tanya", Option("pertanyaan", "Apa itu koridor?")));
        var helpfulId = answer.GetProperty("data").GetProperty("components")[1].GetProperty("components")[0].GetProperty("custom_id").GetString()!;

        var first = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("107", 3, $$"""{"custom_id":"{{helpfulId}}","component_type":2}"""));
        var second = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("108", 3, $$"""{"custom_id":"{{helpfulId}}","component_type":2}"""));

        Assert.Equal(64, first.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("Terima kasih", first.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal("Anda sudah memberi penilaian untuk jawaban ini.", second.GetProperty("data").GetProperty("content").GetString());
        var vote = Assert.Single(harness.Feedback.Votes);
        Assert.Equal(new Core.Insights.FeedbackVote("card-3", "Apa itu koridor?", "discord:7", true, "discord"), vote);
    }

    [Fact]
    public async Task Reload_ByConfiguredAdmin_DefersThenEditsWithDiff()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var deferred = await DeliverAndGetCallbackAsync(harness, gateway, Command("109", "reload", null, userId: "42"));
        var edit = (await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH" && r.Path.Contains("/tok-109/", StringComparison.Ordinal), what: "follow-up edit"))[0];

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        Assert.Equal(64, deferred.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Equal("/api/v10/webhooks/1000/tok-109/messages/@original", edit.Path);
        var content = edit.Json.GetProperty("content").GetString()!;
        Assert.Contains("1 ditambah, 1 diubah, 0 dihapus", content, StringComparison.Ordinal);
        Assert.Contains("card-9", content, StringComparison.Ordinal);
        AssertNoPings(edit.Json);
        Assert.Equal([ReaderKey.Pseudonym("discord", "42")], harness.Store.Triggers);
    }

    [Fact]
    public async Task Reload_ByServerAdministrator_IsAllowed()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var deferred = await DeliverAndGetCallbackAsync(harness, gateway, Command("110", "reload", null, userId: "8", permissions: "2147483656"));

        Assert.Equal(5, deferred.GetProperty("type").GetInt32());
        await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH", what: "follow-up edit");
        Assert.Equal([ReaderKey.Pseudonym("discord", "8")], harness.Store.Triggers);
    }

    [Fact]
    public async Task Reload_ByNonAdmin_IsRefusedWithoutReloading()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("111", "reload", null, userId: "7", permissions: "2048"));

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        Assert.Equal(64, body.GetProperty("data").GetProperty("flags").GetInt32());
        Assert.Contains("hanya untuk admin", body.GetProperty("data").GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Empty(harness.Store.Triggers);
    }

    [Fact]
    public async Task AdminCommands_ByAnyone_LogNoRawUserId()
    {
        const string refused = "731298466010124288";
        const string admin = "42";
        await using var harness = await AdapterHarness.StartAsync(s => s["Discord:AdminUserIds:0"] = admin);
        var gateway = await ConnectAsync(harness);

        await DeliverAndGetCallbackAsync(harness, gateway, Command("111", "reload", null, userId: refused, permissions: "2048"));
        await DeliverAndGetCallbackAsync(harness, gateway, Command("112", "reload", null, userId: admin, permissions: "0"));
        await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH", what: "follow-up edit");

        var logged = harness.Logs.GetSnapshot();
        Assert.NotEmpty(logged);
        Assert.All(logged, r =>
        {
            var text = r.Message + " " + string.Join(' ', r.StructuredState?.Select(kv => kv.Value) ?? []);
            Assert.DoesNotContain(refused, text, StringComparison.Ordinal);
            Assert.DoesNotContain("discord:" + admin, text, StringComparison.Ordinal);
        });
        Assert.Contains(logged, r => r.Message.Contains(ReaderKey.Pseudonym("discord", refused), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reload_InvalidKnowledge_ListsErrorsWithFileAndLine()
    {
        await using var harness = await AdapterHarness.StartAsync();
        harness.Store.NextResult = new ReloadResult(
            false,
            KnowledgeDiff.None,
            [new KnowledgeProblem(ProblemSeverity.Error, "cards/a.md", 3, "missing title")],
            TimeSpan.FromMilliseconds(5),
            "x");
        var gateway = await ConnectAsync(harness);

        await DeliverAndGetCallbackAsync(harness, gateway, Command("112", "reload", null, userId: "42"));
        var edit = (await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH", what: "follow-up edit"))[0];

        var content = edit.Json.GetProperty("content").GetString()!;
        Assert.Contains("pengetahuan lama tetap dipakai", content, StringComparison.Ordinal);
        Assert.Contains("cards/a.md:3: error: missing title", content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_AddPhrasingButton_AttachesQuestionToClosestCard()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);
        await DeliverAndGetCallbackAsync(harness, gateway, Command("113", "laporan", null, userId: "42"));
        var report = (await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH" && r.Path.Contains("/tok-113/", StringComparison.Ordinal), what: "report"))[0];
        var embed = report.Json.GetProperty("embeds")[0];
        Assert.Contains("siapa presiden armenia", embed.GetProperty("fields")[0].GetProperty("value").GetString(), StringComparison.Ordinal);
        var button = report.Json.GetProperty("components")[0].GetProperty("components")[0];
        var customId = button.GetProperty("custom_id").GetString()!;
        Assert.StartsWith("addq:", customId, StringComparison.Ordinal);

        await DeliverAndGetCallbackAsync(harness, gateway, Interaction("114", 3, $$"""{"custom_id":"{{customId}}","component_type":2}""", userId: "42"));
        var result = (await harness.Server.WaitForRequestsAsync(r => r.Method == "PATCH" && r.Path.Contains("/tok-114/", StringComparison.Ordinal), what: "edit result"))[0];

        Assert.Equal(("card-2", "siapa presiden armenia", ReaderKey.Pseudonym("discord", "42")), Assert.Single(harness.Editor.Edits));
        Assert.Contains("ditambahkan ke kartu `card-2`", result.Json.GetProperty("content").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Timeline_WithKeyword_ListsDatedCardsInOrderWithSelect()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("115", "timeline", null));

        var data = body.GetProperty("data");
        var description = data.GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Equal("`10 November 2020` Gencatan senjata\n`12 November 2020` Pasukan penjaga perdamaian", description);
        var select = data.GetProperty("components")[0].GetProperty("components")[0];
        Assert.Equal(3, select.GetProperty("type").GetInt32());
        Assert.Equal(["card-1", "card-2"], select.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
    }

    [Fact]
    public async Task Sources_ChoosingOne_ListsItsCards()
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);
        var list = await DeliverAndGetCallbackAsync(harness, gateway, Command("116", "sumber", null));
        var select = list.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0];
        var customId = select.GetProperty("custom_id").GetString();
        Assert.Equal("src-a", select.GetProperty("options")[0].GetProperty("value").GetString());

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Interaction("117", 3, $$"""{"custom_id":"{{customId}}","component_type":3,"values":["src-a"]}"""));

        var embed = body.GetProperty("data").GetProperty("embeds")[0];
        Assert.StartsWith("Kartu dari: ", embed.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Contains("Blokade koridor", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("topik", "Topik")]
    [InlineData("tentang", "Tentang BeritaBot")]
    public async Task BrowsingCommand_Invoked_RepliesWithEmbed(string command, string title)
    {
        await using var harness = await AdapterHarness.StartAsync();
        var gateway = await ConnectAsync(harness);

        var body = await DeliverAndGetCallbackAsync(harness, gateway, Command("118", command, null));

        Assert.Equal(title, body.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        AssertNoPings(body.GetProperty("data"));
    }

    private static async Task<FakeGatewayConnection> ConnectAsync(AdapterHarness harness)
    {
        var connection = await harness.Server.NextConnectionAsync();
        await connection.HandshakeAsync(harness.Server);
        return connection;
    }

    private static async Task<JsonElement> DeliverAndGetCallbackAsync(AdapterHarness harness, FakeGatewayConnection gateway, string interaction)
    {
        var id = JsonDocument.Parse(interaction).RootElement.GetProperty("id").GetString()!;
        await gateway.DispatchAsync("INTERACTION_CREATE", Interlocked.Increment(ref _sequence), interaction);
        var callback = (await harness.Server.WaitForCallbackAsync(id))[0];
        Assert.Equal($"/api/v10/interactions/{id}/tok-{id}/callback", callback.Path);
        Assert.Equal("Bot " + AdapterHarness.Token, callback.Authorization);
        return callback.Json;
    }

    private static void AssertNoPings(JsonElement data) =>
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());

    private static string Option(string name, string value) =>
        $$"""[{"name":"{{name}}","type":3,"value":{{JsonSerializer.Serialize(value)}}}]""";

    private static string Command(string id, string name, string? options, string userId = "7", string permissions = "0") =>
        Interaction(id, 2, $$"""{"id":"1","name":"{{name}}","type":1{{(options is null ? string.Empty : ",\"options\":" + options)}}}""", userId, permissions);

    private static string Interaction(string id, int type, string data, string userId = "7", string permissions = "0") =>
        $$"""{"id":"{{id}}","application_id":"1000","type":{{type}},"token":"tok-{{id}}","guild_id":"1","channel_id":"2","member":{"user":{"id":"{{userId}}","username":"u"},"permissions":"{{permissions}}"},"locale":"id","version":1,"data":{{data}}}""";
}
