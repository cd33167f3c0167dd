using BeritaBot.Core.Coordination;

namespace BeritaBot.Telegram.Tests.Fakes;

/// <summary>The shared claims in memory: what a PostgreSQL store decides, without the server.</summary>
public sealed class FakeHandledIdStore : IHandledIdStore
{
    private readonly Dictionary<string, bool> _answered = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public List<string> Released { get; } = [];

    /// <summary>Makes an id look held by another, live instance.</summary>
    public void HoldElsewhere(string id)
    {
        lock (_gate)
        {
            _answered[id] = false;
        }
    }

    public bool IsAnswered(string id)
    {
        lock (_gate)
        {
            return _answered.TryGetValue(id, out var answered) && answered;
        }
    }

    public ValueTask<ClaimOutcome> TryClaimAsync(string scope, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_answered.TryGetValue(id, out var answered))
            {
                return ValueTask.FromResult(answered ? ClaimOutcome.AlreadyHandled : ClaimOutcome.InProgressElsewhere);
            }

            _answered[id] = false;
            return ValueTask.FromResult(ClaimOutcome.Claimed);
        }
    }

    public ValueTask CompleteAsync(string scope, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _answered[id] = true;
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ReleaseAsync(string scope, string id, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _answered.Remove(id);
            Released.Add(id);
        }

        return ValueTask.CompletedTask;
    }
}
