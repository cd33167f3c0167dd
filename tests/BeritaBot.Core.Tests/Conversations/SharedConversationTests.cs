using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Conversations;

/// <summary>Two instances' conversation memories over one shared store, as with PostgreSQL behind a load balancer.</summary>
public class SharedConversationTests
{
    private readonly SteppedClock _clock = new();
    private readonly FakeConversationContextStore _store;
    private readonly AnswerService _instanceA;
    private readonly AnswerService _instanceB;
    private readonly ConversationMemory _memoryB;

    public SharedConversationTests()
    {
        _store = new FakeConversationContextStore(_clock);
        _instanceA = Answers.OverRealKnowledge(Answers.SharedMemory(_clock, _store));
        _memoryB = Answers.SharedMemory(_clock, _store);
        _instanceB = Answers.OverRealKnowledge(_memoryB);
    }

    [Fact]
    public void Ask_FollowUpReachingTheOtherInstance_ContinuesWhatTheFirstAnswered()
    {
        Ask(_instanceA, "reader", "apa itu kelompok kerja trilateral?");

        var followUp = Ask(_instanceB, "reader", "siapa yang memimpinnya?");

        Assert.Equal("kelompok-kerja-dipimpin", followUp.CardId);
        Assert.Equal("kelompok-kerja-trilateral", followUp.Topic?.CardId);
    }

    [Fact]
    public void Ask_ThirdTurnBackOnTheFirstInstance_SeesBothEarlierTurns()
    {
        Ask(_instanceA, "reader", "apa itu kelompok kerja trilateral?");
        Ask(_instanceB, "reader", "siapa yang memimpinnya?");

        var conversation = _memoryB.Find(ConversationKey.Of("test", "reader"));

        Assert.Equal(["kelompok-kerja-trilateral", "kelompok-kerja-dipimpin"], conversation!.Turns.Select(t => t.CardId));
        Assert.Equal(1, conversation.FollowUps);
    }

    [Fact]
    public void Ask_AfterTheLifetime_TheFollowUpStandsAloneOnTheOtherInstance()
    {
        Ask(_instanceA, "reader", "siapa penengah gencatan senjata 2020?");
        _clock.Advance(new ConversationOptions().Lifetime);

        var followUp = Ask(_instanceB, "reader", "terus kapan itu?");

        Assert.Null(followUp.Topic);
        Assert.False(followUp.IsAnswered);
    }

    [Fact]
    public void Reset_OnOneInstance_ForgetsTheConversationOnEvery()
    {
        var memoryA = Answers.SharedMemory(_clock, _store);
        var key = ConversationKey.Of("test", "reader");
        Ask(_instanceA, "reader", "siapa penengah gencatan senjata 2020?");

        memoryA.Reset(key);

        Assert.Null(_memoryB.Find(key));
        Assert.Empty(_store.Contexts);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"v":99,"turns":[{"card":"x","text":"t","language":"Indonesian"}],"followUps":0,"lastActive":"2026-01-01T08:00:00+00:00"}""")]
    [InlineData("""{"v":1,"turns":[],"followUps":0,"lastActive":"2026-01-01T08:00:00+00:00"}""")]
    public void Find_ContextThisBuildCannotRead_IsNoConversation(string stored)
    {
        var key = ConversationKey.Of("test", "reader");
        _store.Put(key.Value, stored);

        Assert.Null(_memoryB.Find(key));
    }

    [Fact]
    public void Remember_SharedStore_KeepsASmallVersionedDocumentUnderTheHashedKey()
    {
        var key = ConversationKey.Of("telegram", 987654321L);

        _memoryB.Remember(key, new Answer { Kind = AnswerKind.Card, Question = "kapan?", Language = AnswerLanguage.English, CardId = "c1", Text = "t" });

        var (storedKey, context) = Assert.Single(_store.Contexts);
        Assert.Equal(key.Value, storedKey);
        Assert.StartsWith("""{"v":1,"turns":[{"card":"c1","text":"kapan?","language":"English"}]""", context, StringComparison.Ordinal);
        Assert.Equal(0, _memoryB.Count);
    }

    private static Answer Ask(AnswerService answers, string reader, string question) =>
        answers.Ask(question, new AskContext("test") { Conversation = ConversationKey.Of("test", reader) });
}
