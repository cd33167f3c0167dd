using BeritaBot.Core.Answering;
using BeritaBot.Core.Conversations;
using BeritaBot.Core.Tests.Fakes;
using BeritaBot.Core.Tests.Support;

namespace BeritaBot.Core.Tests.Conversations;

public class ConversationMemoryTests
{
    private readonly SteppedClock _clock = new();

    [Fact]
    public void Remember_HundredThousandConversations_StaysWithinTheBound()
    {
        var memory = Answers.Memory(_clock);

        for (var i = 0; i < 100_000; i++)
        {
            memory.Remember(ConversationKey.Of("test", i), Answered("card-" + (i % 50)));
        }

        Assert.Equal(new ConversationOptions().MaxConversations, memory.Count);
    }

    [Fact]
    public void Remember_BeyondTheBound_ForgetsTheLeastRecentlyUsed()
    {
        var memory = Answers.Memory(_clock, new ConversationOptions { MaxConversations = 3 });
        var (a, b, c, d) = (Key("a"), Key("b"), Key("c"), Key("d"));
        memory.Remember(a, Answered("x"));
        memory.Remember(b, Answered("x"));
        memory.Remember(c, Answered("x"));

        memory.Remember(a, Answered("y"));
        memory.Remember(d, Answered("x"));

        Assert.NotNull(memory.Find(a));
        Assert.Null(memory.Find(b));
        Assert.Equal(3, memory.Count);
    }

    [Fact]
    public void Find_AfterTheLifetime_ForgetsTheConversation()
    {
        var memory = Answers.Memory(_clock, new ConversationOptions { Lifetime = TimeSpan.FromMinutes(10) });
        memory.Remember(Key("a"), Answered("x"));

        _clock.Advance(TimeSpan.FromMinutes(9));
        var stillThere = memory.Find(Key("a"));
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.NotNull(stillThere);
        Assert.Null(memory.Find(Key("a")));
        Assert.Equal(0, memory.Count);
    }

    [Fact]
    public void Remember_ExpiredConversationsAtTheColdEnd_AreSweptWithoutBeingAskedFor()
    {
        var memory = Answers.Memory(_clock);
        for (var i = 0; i < 1_000; i++)
        {
            memory.Remember(ConversationKey.Of("test", i), Answered("x"));
        }

        _clock.Advance(TimeSpan.FromHours(1));
        memory.Remember(Key("fresh"), Answered("x"));

        Assert.Equal(1, memory.Count);
    }

    [Fact]
    public void Reset_Conversation_IsForgotten()
    {
        var memory = Answers.Memory(_clock);
        memory.Remember(Key("a"), Answered("x"));

        memory.Reset(Key("a"));

        Assert.Null(memory.Find(Key("a")));
    }

    [Fact]
    public void Share_AnswerMessage_ContinuesTheConversationItBelongedTo()
    {
        var memory = Answers.Memory(_clock);
        memory.Remember(Key("reader"), Answered("old-topic"));
        memory.Share(Key("reader"), Key("answer-message"));

        memory.Remember(Key("reader"), Answered("new-topic"));

        Assert.Equal("old-topic", memory.Find(Key("answer-message"))!.Latest!.CardId);
        Assert.Equal("new-topic", memory.Find(Key("reader"))!.Latest!.CardId);
    }

    [Fact]
    public void Remember_Decline_DoesNotStartAConversation()
    {
        var memory = Answers.Memory(_clock);

        memory.Remember(Key("a"), Answered("x") with { Kind = AnswerKind.Declined, CardId = null });

        Assert.Null(memory.Find(Key("a")));
    }

    [Fact]
    public void Of_ChatAndUserIds_KeepsNeitherInTheKey()
    {
        var key = ConversationKey.Of("telegram", 987654321L, 123456789L);

        Assert.DoesNotContain("987654321", key.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("123456789", key.Value, StringComparison.Ordinal);
        Assert.NotEqual(key, ConversationKey.Of("telegram", 987654321L, 123456788L));
        Assert.Equal(key, ConversationKey.Of("telegram", 987654321L, 123456789L));
    }

    private static ConversationKey Key(string name) => ConversationKey.Of("test", name);

    private static Answer Answered(string card) => new()
    {
        Kind = AnswerKind.Card,
        Question = "q",
        Language = AnswerLanguage.Indonesian,
        CardId = card,
        Text = "t",
    };
}
