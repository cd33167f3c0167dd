using System.Threading.Channels;
using BeritaBot.Core.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BeritaBot.Host.Knowledge;

/// <summary>
/// With <c>Knowledge:Watch=true</c>, reloads the knowledge when files in its folder change. Changes are debounced:
/// a reload starts only after <c>Knowledge:WatchDebounce</c> without further changes, so saving ten files reloads once.
/// A save that does not validate is logged with file and line, and the previous knowledge keeps serving.
/// </summary>
public sealed class KnowledgeWatcher : BackgroundService
{
    public const string Trigger = "file watcher";

    private const int MaxLoggedProblems = 20;

    private readonly IKnowledgeStore _store;
    private readonly KnowledgeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<KnowledgeWatcher> _logger;
    private readonly Channel<IReadOnlyList<string>> _reloads = Channel.CreateUnbounded<IReadOnlyList<string>>(new() { SingleReader = true });
    private readonly Lock _gate = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _watching = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ITimer? _debounce;
    private string _folder = string.Empty;

    public KnowledgeWatcher(IKnowledgeStore store, IOptions<KnowledgeOptions> options, TimeProvider time, ILogger<KnowledgeWatcher> logger)
    {
        _store = store;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Completes once file events are being received (or the watcher decided not to watch).</summary>
    internal Task Watching => _watching.Task;

    /// <summary>Files changed since the last reload started, relative to the knowledge folder.</summary>
    internal IReadOnlyCollection<string> PendingFiles
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending];
            }
        }
    }

    /// <summary>Raised after every watcher-triggered reload, successful or not.</summary>
    internal event EventHandler<ReloadResult>? ReloadCompleted;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _folder = _store.Current.Folder;
        if (!_options.Watch)
        {
            _watching.TrySetResult();
            return;
        }

        if (string.IsNullOrEmpty(_folder) || !Directory.Exists(_folder))
        {
            _logger.LogWarning("Knowledge:Watch is on but the knowledge folder {Folder} does not exist; not watching", _folder);
            _watching.TrySetResult();
            return;
        }

        using var debounce = _time.CreateTimer(_ => Flush(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        lock (_gate)
        {
            _debounce = debounce;
        }

        using var watcher = new FileSystemWatcher(_folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => OnChanged(e.FullPath);
        watcher.Created += (_, e) => OnChanged(e.FullPath);
        watcher.Deleted += (_, e) => OnChanged(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            OnChanged(e.OldFullPath);
            OnChanged(e.FullPath);
        };
        watcher.Error += (_, e) =>
        {
            // Usually an overflowing event buffer: some changes were missed, so reload to be safe.
            _logger.LogWarning(e.GetException(), "Knowledge folder watcher reported an error; reloading to catch up");
            OnChanged(_folder);
        };
        try
        {
            watcher.EnableRaisingEvents = true;
        }
        catch (IOException ex)
        {
            // On Linux this is the inotify watch limit. The bot answers on; only automatic reloads are off.
            _logger.LogWarning(ex, "Cannot watch the knowledge folder {Folder}; reload by command instead", _folder);
            _watching.TrySetResult();
            return;
        }

        _logger.LogInformation("Watching {Folder} for knowledge changes (reload after {Debounce} quiet)", _folder, _options.WatchDebounce);
        _watching.TrySetResult();

        try
        {
            await foreach (var files in _reloads.Reader.ReadAllAsync(stoppingToken))
            {
                ReloadNow(files);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            lock (_gate)
            {
                _debounce = null;
            }
        }
    }

    private void OnChanged(string fullPath)
    {
        if (!IsKnowledgeFile(fullPath))
        {
            return;
        }

        lock (_gate)
        {
            _pending.Add(Path.GetRelativePath(_folder, fullPath).Replace('\\', '/'));

            // Every change restarts the quiet period.
            _debounce?.Change(_options.WatchDebounce, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        IReadOnlyList<string> files;
        lock (_gate)
        {
            if (_pending.Count == 0)
            {
                return;
            }

            files = [.. _pending];
            _pending.Clear();
        }

        _reloads.Writer.TryWrite(files);
    }

    private void ReloadNow(IReadOnlyList<string> files)
    {
        ReloadResult result;
        try
        {
            // The store logs the audit line (trigger, what changed, how long); this adds which files started it.
            _logger.LogInformation("Knowledge files changed ({FileCount}): {Files}; reloading", files.Count, string.Join(", ", files.Take(10)));
            result = _store.Reload(Trigger);
        }
        catch (Exception ex)
        {
            // A bug in loading must not stop the watcher: the old knowledge keeps serving and the next save retries.
            _logger.LogError(ex, "Knowledge reload after a file change failed unexpectedly; the previous knowledge keeps serving");
            return;
        }

        if (!result.Succeeded)
        {
            var errors = result.Errors.ToList();
            foreach (var problem in errors.Take(MaxLoggedProblems))
            {
                _logger.LogWarning("Knowledge change not applied: {Problem}", problem.ToString());
            }

            _logger.LogWarning(
                "Knowledge change not applied: {ErrorCount} error(s); the previous knowledge keeps serving until a valid save",
                errors.Count);
        }

        ReloadCompleted?.Invoke(this, result);
    }

    private static bool IsKnowledgeFile(string fullPath)
    {
        var name = Path.GetFileName(fullPath);

        // Hidden files cover editors' swap files and the knowledge editor's own temporary files.
        if (name.Length == 0 || name.StartsWith('.') || name.EndsWith('~'))
        {
            return false;
        }

        var extension = Path.GetExtension(name);

        // No extension: most likely a folder being added, removed or renamed.
        return extension.Length == 0
            || extension.Equals(".md", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
            || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase);
    }
}
