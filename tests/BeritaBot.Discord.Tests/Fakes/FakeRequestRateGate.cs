using System.Collections.Concurrent;
using BeritaBot.Core.Coordination;

namespace BeritaBot.Discord.Tests.Fakes;

/// <summary>A shared rate gate that records what the client asked of it; refuses the first <see cref="RefuseFirst"/> takes.</summary>
public sealed class FakeRequestRateGate : IRequestRateGate
{
    private int _takes;

    public int RefuseFirst { get; init; }

    public ConcurrentQueue<(string Scope, RequestRate Rate)> Takes { get; } = new();

    public ConcurrentQueue<(string Scope, TimeSpan RetryAfter)> Pauses { get; } = new();

    public ValueTask<TimeSpan> TryTakeAsync(string scope, RequestRate rate, CancellationToken cancellationToken)
    {
        Takes.Enqueue((scope, rate));
        return ValueTask.FromResult(Interlocked.Increment(ref _takes) <= RefuseFirst ? TimeSpan.FromMilliseconds(20) : TimeSpan.Zero);
    }

    public ValueTask PauseAsync(string scope, TimeSpan retryAfter, CancellationToken cancellationToken)
    {
        Pauses.Enqueue((scope, retryAfter));
        return ValueTask.CompletedTask;
    }
}
