using System.Diagnostics;
using BeritaBot.Core.Knowledge;
using Microsoft.Extensions.Logging;

namespace BeritaBot.Storage.Postgres.Reload;

/// <summary>
/// The knowledge store when several instances share a store: a reload here (an admin's command, the file watcher, an
/// added phrasing) is announced to every instance, each loads and swaps the same version (the folder's content
/// hash), and the result lists every instance's outcome. Reading <see cref="Current"/> costs what it always did.
/// </summary>
public sealed class ClusterKnowledgeStore : IKnowledgeStore
{
    private readonly KnowledgeStore _inner;
    private readonly ReloadRequests _requests;
    private readonly TimeProvider _time;
    private readonly TimeSpan _timeout;
    private readonly ILogger<ClusterKnowledgeStore> _logger;
    private readonly Lock _versionGate = new();
    private string? _version;

    internal ClusterKnowledgeStore(KnowledgeStore inner, ReloadRequests requests, TimeProvider time, TimeSpan timeout, ILogger<ClusterKnowledgeStore> logger)
    {
        _inner = inner;
        _requests = requests;
        _time = time;
        _timeout = timeout;
        _logger = logger;
        _inner.Reloaded += (_, result) => Reloaded?.Invoke(this, result);
    }

    public event EventHandler<ReloadResult>? Reloaded;

    public KnowledgeSnapshot Current => _inner.Current;

    /// <summary>The content hash of the knowledge serving now; computed once on first use, then on every reload.</summary>
    public string Version
    {
        get
        {
            lock (_versionGate)
            {
                return _version ??= KnowledgeVersion.Compute(_inner.Folder);
            }
        }
    }

    public ReloadResult Reload(string trigger)
    {
        // The others are told first, with the version the folder holds now, so every instance loads at once instead
        // of each after this one. What does not load here does not load there either (the same files fail the same
        // validation), and each keeps serving what it serves.
        var request = new ReloadRequest(Guid.NewGuid(), _requests.Self, trigger, KnowledgeVersion.Compute(_inner.Folder), _time.GetUtcNow());
        var waitFor = _requests.LiveOthers();
        var told = _requests.Publish(request);
        var (local, own) = ReloadHere(trigger, expectedVersion: null);
        if (!told)
        {
            return local with { Instances = [own with { Message = own.Message + "; the other instances could not be told (the shared store failed)" }] };
        }

        _requests.RecordOutcome(request.Id, own);
        return local with { Instances = [own, .. WaitForOthers(request.Id, waitFor)] };
    }

    /// <summary>Applies a reload another instance announced, and says how it went.</summary>
    internal InstanceReloadOutcome Apply(ReloadRequest request)
    {
        if (string.Equals(Version, request.Version, StringComparison.Ordinal))
        {
            return new InstanceReloadOutcome(_requests.Self, true, request.Version, "already serving this version");
        }

        var (_, outcome) = ReloadHere($"{request.Trigger} (via {request.Origin})", request.Version);
        return outcome;
    }

    private (ReloadResult Result, InstanceReloadOutcome Outcome) ReloadHere(string trigger, string? expectedVersion)
    {
        var before = KnowledgeVersion.Compute(_inner.Folder);
        if (expectedVersion is not null && !string.Equals(before, expectedVersion, StringComparison.Ordinal))
        {
            _logger.LogWarning(
                "Reload by {Trigger} asks for knowledge version {Expected}, but this instance's folder {Folder} holds {Actual}; keeping {Serving}",
                trigger, expectedVersion, _inner.Folder, before, Version);
            var refused = new ReloadResult(false, KnowledgeDiff.None, [], TimeSpan.Zero, trigger);
            return (refused, new InstanceReloadOutcome(_requests.Self, false, Version, $"this instance's folder holds version {before}, not {expectedVersion}; still serving {Version}"));
        }

        var result = _inner.Reload(trigger);
        if (!result.Succeeded)
        {
            var first = result.Errors.FirstOrDefault()?.ToString() ?? "the knowledge did not load";
            return (result, new InstanceReloadOutcome(_requests.Self, false, Version, $"rejected, still serving {Version}: {first}"));
        }

        // Hashing again tells whether the files changed while they were read: then the version is not certain.
        var after = KnowledgeVersion.Compute(_inner.Folder);
        lock (_versionGate)
        {
            _version = after;
        }

        var message = string.Equals(before, after, StringComparison.Ordinal)
            ? $"reloaded ({result.Diff})"
            : $"reloaded ({result.Diff}) while files changed; serving what was read, reload again";
        return (result, new InstanceReloadOutcome(_requests.Self, string.Equals(before, after, StringComparison.Ordinal), after, message));
    }

    private List<InstanceReloadOutcome> WaitForOthers(Guid requestId, IReadOnlyList<string> waitFor)
    {
        var started = _time.GetTimestamp();
        IReadOnlyDictionary<string, InstanceReloadOutcome> outcomes;
        while (true)
        {
            outcomes = _requests.Outcomes(requestId);
            if (waitFor.All(outcomes.ContainsKey) || _time.GetElapsedTime(started) >= _timeout)
            {
                break;
            }

            Thread.Sleep(50);
        }

        var listed = waitFor
            .Select(name => outcomes.TryGetValue(name, out var outcome)
                ? outcome
                : new InstanceReloadOutcome(name, false, null, $"no answer within {(long)_timeout.TotalMilliseconds} ms"))
            .ToList();

        // Instances that started after the request was sent may still have answered it.
        listed.AddRange(outcomes.Values.Where(o => o.Instance != _requests.Self && !waitFor.Contains(o.Instance)));
        var missing = listed.Count(o => !o.Succeeded);
        if (missing > 0)
        {
            _logger.LogWarning("Reload {RequestId}: {Failed} of {Count} other instance(s) did not swap to the new version", requestId, missing, listed.Count);
        }

        Debug.Assert(listed.All(o => o.Instance != _requests.Self), "this instance is listed first, once");
        return listed;
    }
}
