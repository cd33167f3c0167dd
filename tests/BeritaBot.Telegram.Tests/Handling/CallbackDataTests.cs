using System.Text;
using BeritaBot.Core.Answering;
using BeritaBot.Core.Coordination;
using BeritaBot.Telegram.Callbacks;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class CallbackDataTests
{
    private static readonly string LongCardId = new('k', 70);

    [Theory]
    [InlineData("gencatan-senjata", AnswerLanguage.Indonesian, "c:gencatan-senjata")]
    [InlineData("gencatan-senjata", AnswerLanguage.English, "e:gencatan-senjata")]
    public void OpenCard_ShortId_IsInlineAndRoundTrips(string cardId, AnswerLanguage language, string expected)
    {
        var data = new CallbackData(new CallbackTokenStore());

        var encoded = data.OpenCard(cardId, language);

        Assert.Equal(expected, encoded);
        Assert.Equal(new OpenCardAction(cardId, language), data.Decode(encoded));
    }

    [Fact]
    public void OpenCard_LongId_UsesATokenWithin64Bytes()
    {
        var data = new CallbackData(new CallbackTokenStore());

        var encoded = data.OpenCard(LongCardId);

        Assert.InRange(Encoding.UTF8.GetByteCount(encoded), 1, CallbackData.MaxBytes);
        Assert.Equal(new OpenCardAction(LongCardId, AnswerLanguage.Indonesian), data.Decode(encoded));
    }

    [Fact]
    public void Vote_RoundTrips_AndFallsBackToTheCardIdWhenTheTokenIsGone()
    {
        var store = new CallbackTokenStore(capacity: 1);
        var data = new CallbackData(store);
        var question = new string('q', 500);

        var first = data.Vote(false, "gencatan-senjata", question);
        Assert.Equal(new VoteAction(false, "gencatan-senjata", question), data.Decode(first));

        data.Vote(true, "lain", "pertanyaan lain");

        Assert.InRange(Encoding.UTF8.GetByteCount(first), 1, CallbackData.MaxBytes);
        Assert.Equal(new VoteAction(false, "gencatan-senjata", null), data.Decode(first));
    }

    [Fact]
    public void Vote_LongCardIdAndTokenGone_DecodesWithoutCard()
    {
        var store = new CallbackTokenStore(capacity: 1);
        var data = new CallbackData(store);

        var encoded = data.Vote(true, LongCardId, "q");
        data.Vote(true, "x", "y");

        Assert.InRange(Encoding.UTF8.GetByteCount(encoded), 1, CallbackData.MaxBytes);
        Assert.Equal(new VoteAction(true, null, null), data.Decode(encoded));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("nonsense")]
    [InlineData("zz:1")]
    public void Decode_Garbage_IsNull(string? raw)
    {
        Assert.Null(new CallbackData(new CallbackTokenStore()).Decode(raw));
    }

    [Fact]
    public void Decode_UnknownToken_IsExpired()
    {
        Assert.IsType<ExpiredAction>(new CallbackData(new CallbackTokenStore()).Decode("a:nope"));
    }

    [Fact]
    public void Decode_TokensWrittenByAnotherInstance_ReadTheSame()
    {
        var shared = new MemoryButtonTokenStore(16);
        var sender = new CallbackData(new CallbackTokenStore(shared));
        var receiver = new CallbackData(new CallbackTokenStore(shared));
        var question = new string('q', 300);
        var topic = new string('t', 70);

        var open = sender.OpenCard(LongCardId, AnswerLanguage.English);
        var vote = sender.Vote(false, LongCardId, question);
        var add = sender.AddPhrasing("gencatan-senjata", question);
        var list = sender.Topic(topic);

        Assert.Equal(new OpenCardAction(LongCardId, AnswerLanguage.English), receiver.Decode(open));
        Assert.Equal(new VoteAction(false, LongCardId, question), receiver.Decode(vote));
        Assert.Equal(new AddPhrasingAction("gencatan-senjata", question), receiver.Decode(add));
        Assert.Equal(new ShowTopicAction(topic), receiver.Decode(list));
    }

    [Fact]
    public void Decode_TokenOfAnotherKindOfButton_IsExpired()
    {
        var data = new CallbackData(new CallbackTokenStore());
        var topicToken = data.Topic(new string('t', 70))["pt:".Length..];

        Assert.IsType<ExpiredAction>(data.Decode("ct:" + topicToken));
    }
}
