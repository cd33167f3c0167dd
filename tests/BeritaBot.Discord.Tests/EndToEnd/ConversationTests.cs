using System.Text.Json;
using BeritaBot.Core.Knowledge;

namespace BeritaBot.Discord.Tests.EndToEnd;

/// <summary>Follow-up questions through the fake gateway, answered by the real core from the real knowledge.</summary>
public sealed class ConversationTests
{
    private const string CeasefireTitle = "Gencatan senjata 10 November 2020, ditengahi Rusia";
    private const string Opener = "siapa penengah gencatan senjata 2020?";
    private const string FollowUp = "terus kapan itu?";

    private static string RealKnowledge => KnowledgeFolderLocator.Resolve(null, AppContext.BaseDirectory);

    [Fact]
    public async Task FollowUp_SameReaderAndChannel_IsAnsweredWithTheTopicShown()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        await bot.AskAsync(Opener);

        var body = await bot.AskAsync(FollowUp);

        var embed = Assert.Single(body.GetProperty("data").GetProperty("embeds").EnumerateArray());
        Assert.Equal(CeasefireTitle, embed.GetProperty("title").GetString());
        Assert.StartsWith($"*(tentang {CeasefireTitle})*\n", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AnotherReaderInTheChannel_DoesNotLeanOnTheFirstReadersTopic()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        await bot.AskAsync(Opener, userId: "7");

        var body = await bot.AskAsync(FollowUp, userId: "8");

        Assert.False(HasEmbed(body), "a follow-up with nothing to lean on is declined, not answered");
    }

    [Fact]
    public async Task FollowUp_SameReaderInAnotherChannel_DoesNotLeanOnTheOtherChannelsTopic()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        await bot.AskAsync(Opener, channelId: "2");

        var body = await bot.AskAsync(FollowUp, channelId: "3");

        Assert.False(HasEmbed(body));
    }

    [Fact]
    public async Task FollowUp_AfterASuggestionPressed_LeansOnThatCard()
    {
        await using var bot = await RealCoreDiscordHost.StartAsync(RealKnowledge);
        var answer = await bot.AskAsync("apa itu kelompok kerja trilateral?");
        var customId = answer.GetProperty("data").GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString()!;
        var pressed = bot.Store.Current.CardsById[customId["card:".Length..]];
        await bot.PressAsync(customId);

        var body = await bot.AskAsync(FollowUp);

        var embed = Assert.Single(body.GetProperty("data").GetProperty("embeds").EnumerateArray());
        Assert.StartsWith($"*(tentang {pressed.Title})*", embed.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static bool HasEmbed(JsonElement body) =>
        body.GetProperty("data").TryGetProperty("embeds", out var embeds) && embeds.ValueKind == JsonValueKind.Array && embeds.GetArrayLength() > 0;
}
