using BeritaBot.Core.Coordination;
using BeritaBot.Core.Tests.Fakes;

namespace BeritaBot.Core.Tests.Coordination;

public sealed class MemoryConnectionStartGateTests
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(5);
    private readonly SteppedClock _clock = new();
    private readonly MemoryConnectionStartGate _gate;

    public MemoryConnectionStartGateTests()
    {
        _gate = new MemoryConnectionStartGate(_clock);
    }

    [Fact]
    public async Task TryStart_SameLaneWithinSpacing_WaitsTheRestOfIt()
    {
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));
        _clock.Advance(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(3), await _gate.TryStartAsync("bot", "0", Spacing, default));
        _clock.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));
    }

    [Fact]
    public async Task TryStart_OtherLaneOrScope_StartsAtOnce()
    {
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));

        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "1", Spacing, default));
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("other-bot", "0", Spacing, default));
    }

    [Fact]
    public async Task TryStart_BudgetSpent_WaitsForItsReset()
    {
        await _gate.SetBudgetAsync("bot", new StartBudget(1000, 1, TimeSpan.FromMinutes(1)), default);
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));

        Assert.Equal(TimeSpan.FromMinutes(1), await _gate.TryStartAsync("bot", "1", Spacing, default));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "1", Spacing, default));
    }

    [Fact]
    public async Task TryStart_Refused_TakesNothingFromTheBudget()
    {
        await _gate.SetBudgetAsync("bot", new StartBudget(1000, 2, TimeSpan.FromHours(1)), default);
        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));
        Assert.NotEqual(TimeSpan.Zero, await _gate.TryStartAsync("bot", "0", Spacing, default));

        Assert.Equal(TimeSpan.Zero, await _gate.TryStartAsync("bot", "1", Spacing, default));
        Assert.Equal(TimeSpan.FromHours(1), await _gate.TryStartAsync("bot", "2", Spacing, default));
    }
}
