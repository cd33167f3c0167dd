using System.Diagnostics;
using System.Net;
using BeritaBot.Telegram.Tests.Fakes;

namespace BeritaBot.Cluster.Tests.Harness;

/// <summary>
/// One bot instance as a real process: <c>dotnet BeritaBot.dll</c>, configured only through the environment, as a
/// deployment would be. Its log goes to a file kept for diagnosis. In Telegram webhook mode
/// (<see cref="TelegramWebhook"/>) it is started once its <c>/readyz</c> answers.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    public const string WebhookPath = "/tg/hook";
    public const string Secret = "cluster_secret-1";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };

    private readonly Process _process;
    private readonly StreamWriter _log;

    private BotProcess(string name, int port, Process process, StreamWriter log, string logPath)
    {
        Name = name;
        Port = port;
        _process = process;
        _log = log;
        LogPath = logPath;
    }

    public string Name { get; }

    /// <summary>The webhook endpoint's port (0 when not in webhook mode).</summary>
    public int Port { get; }

    public Uri Webhook => new($"http://127.0.0.1:{Port}{WebhookPath}");

    public string LogPath { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The settings of one instance in Telegram webhook mode on <paramref name="port"/>, sharing a PostgreSQL store.</summary>
    public static Dictionary<string, string> TelegramWebhook(string name, int port, string apiBaseUrl, string connectionString, string knowledgePath) => new()
    {
        ["Telegram__BotToken"] = FakeBotApiServer.Token,
        ["Telegram__ApiBaseUrl"] = apiBaseUrl,
        ["Telegram__Mode"] = "Webhook",
        ["Telegram__WebhookUrl"] = "https://bot.example.org" + WebhookPath,
        ["Telegram__WebhookSecret"] = Secret,
        ["Telegram__WebhookListenUrl"] = $"http://127.0.0.1:{port}",
        ["Telegram__AdminUserIds__0"] = "42",
        ["Telegram__ChatSendInterval"] = "00:00:00",
        ["Storage__ConnectionString"] = connectionString,
        ["Storage__InstanceId"] = name,
        ["Knowledge__Path"] = knowledgePath,
        ["Logging__LogLevel__Default"] = "Warning",
        ["Logging__LogLevel__BeritaBot.Storage.Postgres"] = "Information",
    };

    /// <param name="environment">The settings (Section__Key); nothing of the caller's tokens or store is inherited.</param>
    /// <param name="webhookPort">In webhook mode, the port whose <c>/readyz</c> must answer before this returns.</param>
    public static async Task<BotProcess> StartAsync(string name, IReadOnlyDictionary<string, string> environment, string workFolder, int webhookPort = 0)
    {
        ArgumentNullException.ThrowIfNull(environment);
        Directory.CreateDirectory(workFolder);

        // The dotnet that runs the tests, when the test host says which (dotnet test does).
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet, [BotBinary.Find()])
        {
            // An empty folder: no .env of the developer's is read.
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var inherited in new[] { "TELEGRAM_BOT_TOKEN", "DISCORD_BOT_TOKEN", "Telegram__BotToken", "Discord__BotToken", "Storage__ConnectionString" })
        {
            info.Environment.Remove(inherited);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var logPath = Path.Combine(workFolder, name + ".log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet " + BotBinary.Find());
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bot = new BotProcess(name, webhookPort, process, log, logPath);
        if (webhookPort > 0)
        {
            await bot.WaitUntilReadyAsync();
        }

        return bot;
    }

    /// <summary>A crash: SIGKILL, no shutdown, claims and locks left as they were.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public string ReadLog()
    {
        using var stream = new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.BaseStream.CanWrite)
            {
                log.WriteLine(line);
            }
        }
    }

    /// <summary>/readyz: knowledge loaded, store reachable, webhook registered and served.</summary>
    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode} before it was ready:\n{ReadLog()}");
            }

            try
            {
                using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{Port}/readyz"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{Name} was not ready within 60 s:\n{ReadLog()}");
    }
}
