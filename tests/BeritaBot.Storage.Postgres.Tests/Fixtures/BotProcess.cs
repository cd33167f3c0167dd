using System.Diagnostics;
using System.Text;
using BeritaBot.Host.Cli;

namespace BeritaBot.Storage.Postgres.Tests.Fixtures;

/// <summary>
/// The real bot (<c>dotnet BeritaBot.dll</c>, as built for these tests) in a process of its own, configured only
/// through the environment as a deployment would be; its log is kept for failure messages.
/// </summary>
public sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private BotProcess(Process process)
    {
        _process = process;
    }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            // No .env of a developer's checkout is read from here.
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add(AppPath());
        foreach (var name in new[] { "DISCORD_BOT_TOKEN", "TELEGRAM_BOT_TOKEN", "Telegram__BotToken", "Discord__BotToken", "Storage__ConnectionString" })
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start BeritaBot");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>
    /// The app in its own build output (built first, as this project references it), with its own dependency
    /// manifest: this test project shares ASP.NET Core's framework, so its folder lacks assemblies the app brings.
    /// </summary>
    private static string AppPath()
    {
        var testBin = Path.GetDirectoryName(typeof(BeritaBotCli).Assembly.Location)!;
        var framework = Path.GetFileName(testBin);
        var configuration = Path.GetFileName(Path.GetDirectoryName(testBin))!;
        var root = new DirectoryInfo(testBin);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "BeritaBot.sln")))
        {
            root = root.Parent;
        }

        var app = Path.Combine(root?.FullName ?? throw new InvalidOperationException("BeritaBot.sln not found above " + testBin), "src", "BeritaBot", "bin", configuration, framework, "BeritaBot.dll");
        return File.Exists(app) ? app : throw new InvalidOperationException("The app is not built at " + app);
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }
}
