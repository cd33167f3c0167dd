namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>A clock that moves only when told, for the pacer and the flood guard.</summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private DateTimeOffset _now = new(2024, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
