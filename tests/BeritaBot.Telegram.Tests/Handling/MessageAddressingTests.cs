using System.Text.Json;
using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class MessageAddressingTests
{
    private static readonly BotIdentity Me = new() { Id = FakeBotApiServer.BotId, Username = FakeBotApiServer.BotUsername };

    [Theory]
    [InlineData("private", "apa kabar?", null, "apa kabar?")]
    [InlineData("private", "/tanya@other_bot apa?", "tanya", "apa?")]
    [InlineData("private", "/START", "start", "")]
    [InlineData("supergroup", "/tanya@berita_bot apa?", "tanya", "apa?")]
    [InlineData("supergroup", "/tanya@BERITA_BOT apa?", "tanya", "apa?")]
    [InlineData("supergroup", "/tanya apa?", "tanya", "apa?")]
    [InlineData("group", "/timeline@berita_bot perang", "timeline", "perang")]
    [InlineData("supergroup", "/tanya@other_bot apa?", "-", "")]
    [InlineData("supergroup", "obrolan biasa", "-", "")]
    [InlineData("supergroup", "@berita_bot kapan perang?", null, "kapan perang?")]
    [InlineData("supergroup", "kapan perang, @berita_bot?", null, "kapan perang, ?")]
    [InlineData("supergroup", "@other kapan perang?", "-", "")]
    [InlineData("supergroup", "@berita_bot", "-", "")]
    public void Resolve_Table(string chatType, string text, string? command, string expectedText)
    {
        var message = Parse(Updates.Message(text, 1, Updates.UserId, chatType == "private" ? Updates.UserId : Updates.GroupId, chatType).ToJsonString());

        var addressed = MessageAddressing.Resolve(message, Me);

        if (command == "-")
        {
            Assert.Null(addressed);
            return;
        }

        Assert.NotNull(addressed);
        Assert.Equal(command, addressed.Command);
        Assert.Equal(expectedText, addressed.Text);
    }

    [Fact]
    public void Resolve_TextMentionOfUs_IsAQuestion()
    {
        var message = Parse("""
            {"message_id":1,"date":0,"chat":{"id":-5,"type":"group"},"from":{"id":9,"is_bot":false,"first_name":"A"},
             "text":"Berita, apa itu Lachin?","entities":[{"type":"text_mention","offset":0,"length":6,"user":{"id":123456,"is_bot":true,"first_name":"Berita"}}]}
            """);

        Assert.Equal("Berita, apa itu Lachin?", MessageAddressing.Resolve(message, Me)?.Text);
    }

    [Fact]
    public void Resolve_AddressedCommandWithoutKnownUsername_IsIgnoredInGroups()
    {
        var anonymous = new BotIdentity { Id = FakeBotApiServer.BotId };
        var addressed = Parse(Updates.Message("/tanya@berita_bot apa?", 1, 1, -5, "group").ToJsonString());
        var bare = Parse(Updates.Message("/tanya apa?", 1, 1, -5, "group").ToJsonString());

        Assert.Null(MessageAddressing.Resolve(addressed, anonymous));
        Assert.Equal("tanya", MessageAddressing.Resolve(bare, anonymous)?.Command);
    }

    private static Message Parse(string json) => JsonSerializer.Deserialize<Message>(json, JsonBotAPI.Options)!;
}
