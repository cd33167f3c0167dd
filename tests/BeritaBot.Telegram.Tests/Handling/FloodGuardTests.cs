using BeritaBot.Telegram.Handling;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Telegram.Tests.Handling;

public sealed class FloodGuardTests
{
    [Fact]
    public void Check_OverTheLimit_NotifiesOnceThenDropsThenRecovers()
    {
        var time = new ManualTimeProvider();
        var guard = new FloodGuard(time, maxMessages: 2, TimeSpan.FromSeconds(30));

        var decisions = Enumerable.Range(0, 5).Select(_ => guard.Check(1)).ToList();
        var otherUser = guard.Check(2);
        time.Advance(TimeSpan.FromSeconds(31));
        var later = guard.Check(1);

        Assert.Equal([FloodDecision.Allow, FloodDecision.Allow, FloodDecision.Notify, FloodDecision.Drop, FloodDecision.Drop], decisions);
        Assert.Equal(FloodDecision.Allow, otherUser);
        Assert.Equal(FloodDecision.Allow, later);
    }
}
