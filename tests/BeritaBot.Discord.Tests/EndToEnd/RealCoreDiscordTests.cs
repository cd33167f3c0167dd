using BeritaBot.Core.Knowledge;

namespace BeritaBot.Discord.Tests.EndToEnd;

/// <summary>
/// Discord end to end: interactions through the fake gateway, the real core answering from the real knowledge,
/// and the replies asserted as the fake REST server received them.
/// </summary>
public sealed class RealCoreDiscordTests
{
    private const string CeasefireId = "gencatan-senjata-10-november-2020";

    private static string RealKnowledge
    {
        get
        {
            var folder = KnowledgeFolderLocator.Resolve(null, AppContext.BaseDirectory);
            Assert.True(File.Exists(Path.Combine(folder, KnowledgeLoader.SourcesFile)), "The repository's knowledge folder was not found from " + AppContext.BaseDirectory);
            return folder;
        }
    }

    [Fact]
    public async Task Tanya_CeasefireQuestion_RepliesPubliclyWithCardTitleAndSumberField()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        var card = bot.Store.Current.CardsById[CeasefireId];

        var body = await bot.AskAsync("kapan gencatan senjata ditandatangani?");

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        Assert.False(data.TryGetProperty("flags", out _), "a confident answer is public");
        Assert.Equal(0, data.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
        var embed = Assert.Single(data.GetProperty("embeds").EnumerateArray());
        Assert.Equal(card.Title, embed.GetProperty("title").GetString());
        Assert.StartsWith(card.Answer.Trim(), embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var sources = embed.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "Sumber");
        var value = sources.GetProperty("value").GetString()!;
        Assert.Contains("**Kompas.com**", value, StringComparison.Ordinal);
        Assert.Equal(card.SourceIds.Count, value.Split('\n').Length);
        var customIds = data.GetProperty("components").EnumerateArray()
            .SelectMany(r => r.GetProperty("components").EnumerateArray())
            .Select(b => b.GetProperty("custom_id").GetString()!)
            .ToList();
        Assert.Contains(customIds, id => id.StartsWith("card:", StringComparison.Ordinal) && card.Related.Contains(id["card:".Length..]));
        Assert.Contains(customIds, id => id.StartsWith("fb:", StringComparison.Ordinal));
        Assert.All(customIds, id => Assert.InRange(id.Length, 1, 100));
    }

    [Fact]
    public async Task CardButton_RelatedCardPressed_RepliesWithThatCard()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        var answer = await bot.AskAsync("kapan gencatan senjata ditandatangani?");
        var customId = answer.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        Assert.StartsWith("card:", customId, StringComparison.Ordinal);
        var related = bot.Store.Current.CardsById[customId["card:".Length..]];

        var body = await bot.PressAsync(customId);

        Assert.Equal(related.Title, body.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Autocomplete_Gencat_OffersAtMost25ChoicesIncludingACeasefireQuestion()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        var card = bot.Store.Current.CardsById[CeasefireId];

        var body = await bot.AutocompleteAsync("gencat");

        Assert.Equal(8, body.GetProperty("type").GetInt32());
        var choices = body.GetProperty("data").GetProperty("choices").EnumerateArray().ToList();
        Assert.InRange(choices.Count, 1, 25);
        Assert.All(choices, c =>
        {
            Assert.InRange(c.GetProperty("name").GetString()!.Length, 1, 100);
            Assert.InRange(c.GetProperty("value").GetString()!.Length, 1, 100);
        });
        Assert.Contains(choices, c => card.Questions.Contains(c.GetProperty("value").GetString()!));
    }

    [Fact]
    public async Task Tanya_OutOfScopeQuestion_DeclinesEphemerallyWithoutEmbed()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);

        var body = await bot.AskAsync("resep rendang padang");

        Assert.Equal(4, body.GetProperty("type").GetInt32());
        var data = body.GetProperty("data");
        Assert.Equal(64, data.GetProperty("flags").GetInt32());
        Assert.StartsWith("Maaf, saya belum punya jawaban untuk itu", data.GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.False(data.TryGetProperty("embeds", out _), "a decline must not look like an answer");
    }

    [Fact]
    public async Task Tanya_EnglishQuestion_RepliesWithTheEnglishAnswer()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        var card = bot.Store.Current.CardsById[CeasefireId];

        var body = await bot.AskAsync("who brokered the ceasefire?");

        var embed = body.GetProperty("data").GetProperty("embeds")[0];
        Assert.Equal(card.Title, embed.GetProperty("title").GetString());
        Assert.StartsWith(card.AnswerEn!.Trim(), embed.GetProperty("description").GetString(), StringComparison.Ordinal);
        var followUps = body.GetProperty("data").GetProperty("components")[0].GetProperty("components").EnumerateArray()
            .Select(b => b.GetProperty("custom_id").GetString()!);
        Assert.All(followUps, id => Assert.StartsWith("card-en:", id, StringComparison.Ordinal));
    }
}
