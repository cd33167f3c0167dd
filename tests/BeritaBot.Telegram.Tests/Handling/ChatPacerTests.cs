using BeritaBot.Telegram.Sending;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class ChatPacerTests
{
    [Fact]
    public void Reserve_SameChat_SpacesSendsByTheInterval()
    {
        var pacer = new ChatPacer(new ManualTimeProvider(), TimeSpan.FromSeconds(1), 20);

        var waits = Enumerable.Range(0, 3).Select(_ => pacer.Reserve(10)).ToList();
        var otherChat = pacer.Reserve(11);

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2)], waits);
        Assert.Equal(TimeSpan.Zero, otherChat);
    }

    [Fact]
    public void Reserve_Group_CapsSendsPerMinute()
    {
        var time = new ManualTimeProvider();
        var pacer = new ChatPacer(time, TimeSpan.Zero, groupPerMinute: 3);

        var waits = Enumerable.Range(0, 4).Select(_ => pacer.Reserve(-100)).ToList();
        var privateChat = Enumerable.Range(0, 4).Select(_ => pacer.Reserve(100)).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromMinutes(1)], waits);
        Assert.All(privateChat, w => Assert.Equal(TimeSpan.Zero, w));
    }

    [Fact]
    public void Reserve_AfterTheIntervalPassed_IsFree()
    {
        var time = new ManualTimeProvider();
        var pacer = new ChatPacer(time, TimeSpan.FromSeconds(1), 20);

        pacer.Reserve(10);
        time.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.Zero, pacer.Reserve(10));
    }
}
