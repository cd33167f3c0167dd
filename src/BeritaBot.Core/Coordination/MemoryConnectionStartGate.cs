namespace BeritaBot.Core.Coordination;

/// <summary>The connection start gate of one process: what one instance needs, and the fallback while a shared store is down.</summary>
public sealed class MemoryConnectionStartGate : IConnectionStartGate
{
    private readonly TimeProvider _time;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Budget> _budgets = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Scope, string Lane), DateTimeOffset> _lastStarts = [];

    public MemoryConnectionStartGate(TimeProvider time)
    {
        _time = time;
    }

    public ValueTask SetBudgetAsync(string scope, StartBudget budget, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(budget);
        lock (_gate)
        {
            _budgets[scope] = new Budget(budget.Total, budget.Remaining, _time.GetUtcNow() + budget.ResetAfter);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<TimeSpan> TryStartAsync(string scope, string lane, TimeSpan spacing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(lane);
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            var budget = _budgets.GetValueOrDefault(scope);
            if (budget is { Remaining: <= 0 })
            {
                if (budget.ResetsAt > now)
                {
                    return ValueTask.FromResult(budget.ResetsAt - now);
                }

                budget = budget with { Remaining = budget.Total, ResetsAt = now + StartBudget.Period };
            }

            if (_lastStarts.TryGetValue((scope, lane), out var last) && last + spacing > now)
            {
                return ValueTask.FromResult(last + spacing - now);
            }

            _lastStarts[(scope, lane)] = now;
            if (budget is not null)
            {
                _budgets[scope] = budget with { Remaining = budget.Remaining - 1 };
            }

            return ValueTask.FromResult(TimeSpan.Zero);
        }
    }

    private sealed record Budget(int Total, int Remaining, DateTimeOffset ResetsAt);
}
