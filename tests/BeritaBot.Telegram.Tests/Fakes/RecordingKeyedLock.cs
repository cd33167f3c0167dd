using BeritaBot.Core.Coordination;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>Records which keys were locked, and whether each was let go.</summary>
public sealed class RecordingKeyedLock : IKeyedLock
{
    public List<string> Acquired { get; } = [];

    public int Held { get; private set; }

    public ValueTask<IAsyncDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Acquired.Add(key);
        Held++;
        return ValueTask.FromResult<IAsyncDisposable>(new Handle(this));
    }

    private sealed class Handle(RecordingKeyedLock owner) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner.Held--;
            return ValueTask.CompletedTask;
        }
    }
}
